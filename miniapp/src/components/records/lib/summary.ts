import type { InsuranceType, RecordsSummary } from '@ssc/shared';
import type { z } from 'zod';

type Summary = z.infer<typeof RecordsSummary>;
type Gap = Summary['types'][number]['gaps'][number];

export interface GapGroup {
  /** Types whose missing months are exactly the same: said once, not five times. */
  types: InsuranceType[];
  gaps: Gap[];
}

const gapKey = (gaps: readonly Gap[]) => gaps.map((g) => `${g.from}|${g.to}`).join(',');

/** Types with gaps, grouped by identical gap lists, in the usual order of types. */
export function groupGaps(types: Summary['types']): GapGroup[] {
  const groups = new Map<string, GapGroup>();
  for (const type of types) {
    if (type.gaps.length === 0) continue;
    const key = gapKey(type.gaps);
    const group = groups.get(key) ?? { types: [], gaps: type.gaps };
    group.types.push(type.type);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Every type that has a gap, once each, in the usual order. */
export function typesWithGaps(types: Summary['types']): InsuranceType[] {
  return types.filter((t) => t.gaps.length > 0).map((t) => t.type);
}

export interface PensionProgress {
  /** 0..100, for the bar's width. */
  percent: number;
  reached: boolean;
  paidMonths: number;
  requiredMonths: number;
  remainingMonths: number;
}

export function pensionProgress(pension: Summary['pension']): PensionProgress {
  const { paidMonths, requiredMonths, remainingMonths } = pension;
  const percent = requiredMonths > 0 ? Math.min(100, Math.round((paidMonths / requiredMonths) * 100)) : 100;
  return { percent, reached: remainingMonths === 0, paidMonths, requiredMonths, remainingMonths };
}

/** What the person and their employers paid over every type (received months only). */
export function paidTotals(types: Summary['types']): { personal: number; employer: number } {
  return types.reduce((sum, t) => ({ personal: sum.personal + t.totals.personal, employer: sum.employer + t.totals.employer }), { personal: 0, employer: 0 });
}

/** Nothing at all on record: the page says so instead of a row of zeros. */
export function isEmptySummary(summary: Summary): boolean {
  return summary.types.every((t) => t.firstPeriod === null);
}

/** A statement's gaps (one entry per type) as ranges with the types they concern. */
export function groupFlatGaps(gaps: readonly (Gap & { type: InsuranceType })[]): (Gap & { types: InsuranceType[] })[] {
  const ranges = new Map<string, Gap & { types: InsuranceType[] }>();
  for (const gap of gaps) {
    const key = `${gap.from}|${gap.to}`;
    const range = ranges.get(key) ?? { from: gap.from, to: gap.to, months: gap.months, types: [] };
    range.types.push(gap.type);
    ranges.set(key, range);
  }
  return [...ranges.values()].sort((a, b) => a.from.localeCompare(b.from));
}
