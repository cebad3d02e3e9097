import { periodFromIndex, periodIndex, type RecordView } from '@ssc/shared';

export type MonthRow =
  | { kind: 'record'; period: string; record: RecordView }
  /** Months of a gap that fall in the year and have no record, as one row. `period` is its last month, for sorting. */
  | { kind: 'gap'; period: string; from: string; to: string; months: number };

/**
 * A year's records of one type with its gaps put in place, newest first, so missing months show
 * where they belong instead of silently not being there. A month in arrears is a gap (it does not
 * count for the pension) but it has a record, shown as unpaid: it gets no gap row of its own, and a
 * gap around it is split in two.
 */
export function monthRows(records: readonly RecordView[], year: number, gaps: readonly { from: string; to: string }[]): MonthRow[] {
  const rows: MonthRow[] = records.map((record) => ({ kind: 'record', period: record.period, record }));
  const recorded = new Set(records.map((r) => periodIndex(r.period)));
  const addGap = (from: number, to: number) =>
    rows.push({ kind: 'gap', period: periodFromIndex(to), from: periodFromIndex(from), to: periodFromIndex(to), months: to - from + 1 });
  for (const gap of gaps) {
    const from = Math.max(periodIndex(gap.from), year * 12);
    const to = Math.min(periodIndex(gap.to), year * 12 + 11);
    let start: number | null = null;
    for (let month = from; month <= to; month++) {
      if (recorded.has(month)) {
        if (start !== null) addGap(start, month - 1);
        start = null;
      } else start ??= month;
    }
    if (start !== null) addGap(start, to);
  }
  return rows.sort((a, b) => b.period.localeCompare(a.period));
}
