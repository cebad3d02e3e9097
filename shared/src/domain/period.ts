/** Contribution periods as `YYYY-MM`, the form the API sends and stores. */
export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): boolean {
  const m = PERIOD_PATTERN.exec(value);
  return m !== null && Number(m[1]) >= 1950 && Number(m[1]) <= 2200;
}

/** Months since year 0, so periods can be compared and subtracted as integers. */
export function periodIndex(period: string): number {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) throw new RangeError(`not a period: ${period}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function periodFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(period: string, months: number): string {
  return periodFromIndex(periodIndex(period) + months);
}

/** China's offset from UTC (no daylight saving): the records' months are China's calendar months. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The start (00:00 China time) of the China calendar day `date` falls in. */
export function chinaDayStart(date: Date): Date {
  const shifted = date.getTime() + CHINA_OFFSET_MS;
  return new Date(shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - CHINA_OFFSET_MS);
}

/** The China calendar day `date` falls in, as `YYYY-MM-DD`. */
export function chinaDate(date: Date): string {
  return new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The same moment `years` calendar years later in China (29 February goes to 1 March). */
export function addChinaYears(date: Date, years: number): Date {
  const shifted = new Date(date.getTime() + CHINA_OFFSET_MS);
  shifted.setUTCFullYear(shifted.getUTCFullYear() + years);
  return new Date(shifted.getTime() - CHINA_OFFSET_MS);
}

/** The month `date` falls in, in China time: 31 December 20:00 UTC is already January in China. */
export function periodOf(date: Date): string {
  const china = new Date(date.getTime() + CHINA_OFFSET_MS);
  return periodFromIndex(china.getUTCFullYear() * 12 + china.getUTCMonth());
}

export interface PeriodRange {
  from: string;
  to: string;
  months: number;
}

/** Months missing from `present` between its first and last period, grouped into ranges. */
export function gapRanges(present: Iterable<string>): PeriodRange[] {
  const indexes = [...new Set([...present].map(periodIndex))].sort((a, b) => a - b);
  const gaps: PeriodRange[] = [];
  for (let i = 1; i < indexes.length; i++) {
    const prev = indexes[i - 1] as number;
    const cur = indexes[i] as number;
    if (cur - prev > 1) gaps.push({ from: periodFromIndex(prev + 1), to: periodFromIndex(cur - 1), months: cur - prev - 1 });
  }
  return gaps;
}

/**
 * Gaps (断缴) of one insurance type: months between its first and latest record with no paid
 * record. A month in arrears is a gap; a month the employer declared and whose money is on its
 * way (usually the latest) is not, since it is shown as pending rather than as missed.
 */
export function paymentGaps(records: Iterable<{ period: string; status: string }>): PeriodRange[] {
  const all = [...records];
  if (all.length === 0) return [];
  const periods = all.map((r) => r.period).sort();
  const covered = all.filter((r) => r.status === 'paid' || r.status === 'declared').map((r) => r.period);
  // The months just outside the span stand in as covered, so uncovered months at its ends count.
  return gapRanges([addMonths(periods[0] as string, -1), ...covered, addMonths(periods.at(-1) as string, 1)]);
}

/** 104 months -> { years: 8, months: 8 }. */
export function yearsAndMonths(totalMonths: number): { years: number; months: number } {
  return { years: Math.floor(totalMonths / 12), months: totalMonths % 12 };
}
