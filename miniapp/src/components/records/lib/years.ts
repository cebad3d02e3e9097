import { INSURANCE_TYPES, type InsuranceType } from '@ssc/shared';

/** `'2010'` -> 2010; anything else (missing, `'20x0'`) -> undefined. */
export function yearParam(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{4}$/.test(value) ? Number(value) : undefined;
}

export function typeParam(value: string | undefined, fallback: InsuranceType = 'pension'): InsuranceType {
  return (INSURANCE_TYPES as readonly string[]).includes(value ?? '') ? (value as InsuranceType) : fallback;
}

/** The year asked for when it is in the person's list, else their latest year. */
export function pickYear(requested: number | undefined, years: readonly number[]): number | undefined {
  if (requested !== undefined && years.includes(requested)) return requested;
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** The listed years just before and after `year` (the list runs from the first record's year to the latest's). */
export function neighbours(year: number, years: readonly number[]): { prev?: number; next?: number } {
  const sorted = [...years].sort((a, b) => a - b);
  return { prev: sorted.filter((y) => y < year).at(-1), next: sorted.find((y) => y > year) };
}

/** The calendar year in China (UTC+8), where the records are kept. */
export function chinaYear(now: Date): number {
  return new Date(now.getTime() + 8 * 60 * 60 * 1000).getUTCFullYear();
}

/**
 * The statement to open by default: the latest finished year with records (a statement is made
 * for a finished year), else the running one.
 */
export function defaultStatementYear(years: readonly number[], now: Date): number | undefined {
  const current = chinaYear(now);
  const finished = years.filter((y) => y < current);
  return finished.length > 0 ? Math.max(...finished) : pickYear(undefined, years);
}
