import { periodFromIndex, periodIndex, type RecordView } from '@ssc/shared';

export type MonthRow =
  | { kind: 'record'; period: string; record: RecordView }
  /** The months of a gap that fall in the year, as one row. `period` is its last month, for sorting. */
  | { kind: 'gap'; period: string; from: string; to: string; months: number };

/**
 * A year's records of one type with its gaps put in place, newest first, so missing months show
 * where they belong instead of silently not being there.
 */
export function monthRows(records: readonly RecordView[], year: number, gaps: readonly { from: string; to: string }[]): MonthRow[] {
  const rows: MonthRow[] = records.map((record) => ({ kind: 'record', period: record.period, record }));
  for (const gap of gaps) {
    const from = Math.max(periodIndex(gap.from), year * 12);
    const to = Math.min(periodIndex(gap.to), year * 12 + 11);
    if (from > to) continue;
    rows.push({ kind: 'gap', period: periodFromIndex(to), from: periodFromIndex(from), to: periodFromIndex(to), months: to - from + 1 });
  }
  return rows.sort((a, b) => b.period.localeCompare(a.period));
}
