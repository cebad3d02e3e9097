import { INSURANCE_TYPES, periodFromIndex, periodIndex, type RecordsQuery, type RecordView } from '@ssc/shared';
import type { Deps } from '../deps';
import { NotFoundError } from '../errors';
import type { PaymentRecordDoc } from '../models/payment-record';

const VIEW_FIELDS = { period: 1, type: 1, base: 1, personal: 1, employer: 1, payer: 1, employerName: 1, place: 1, status: 1 } as const;

type StoredRecord = Pick<PaymentRecordDoc, keyof typeof VIEW_FIELDS> & { _id: unknown };

const TYPE_ORDER = new Map<string, number>(INSURANCE_TYPES.map((type, i) => [type, i]));

export function toRecordView(doc: StoredRecord): RecordView {
  return {
    id: String(doc._id),
    period: doc.period,
    type: doc.type,
    base: doc.base,
    personal: doc.personal,
    employer: doc.employer,
    total: doc.personal + doc.employer,
    payer: doc.payer,
    employerName: doc.employerName ?? null,
    place: { city: doc.place.city, district: doc.place.district },
    status: doc.status,
  };
}

type Ordered = { period: string; type: string; employerName?: string | null };

/** Month, then the usual order of types, then (work injury from several employers) the employer. */
export function byPeriodThenType(a: Ordered, b: Ordered): number {
  return (
    a.period.localeCompare(b.period) ||
    (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0) ||
    (a.employerName ?? '').localeCompare(b.employerName ?? '')
  );
}

/** Months with a record among the rows: a month paid by two employers is one month paid. */
export function distinctMonths(rows: readonly { period: string }[]): number {
  return new Set(rows.map((row) => row.period)).size;
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let i = periodIndex(from); i <= periodIndex(to); i++) months.push(periodFromIndex(i));
  return months;
}

/** What the rows add up to; callers pass the paid rows only (see `paidOnly`). */
export function sumAmounts(rows: readonly { personal: number; employer: number }[]) {
  let personal = 0;
  let employer = 0;
  for (const r of rows) {
    personal += r.personal;
    employer += r.employer;
  }
  return { personal, employer, total: personal + employer };
}

/**
 * Totals count what was received: a month the employer declared but did not pay yet, or one in
 * arrears, is shown in its place but is owed, not paid, as the summary and statement count it.
 */
export function paidOnly<T extends { status: string }>(rows: readonly T[]): T[] {
  return rows.filter((row) => row.status === 'paid');
}

/**
 * One indexed query for the whole span: naming every month and type lets the (personId, type,
 * period) index, or on MongoDB the unique key's prefix, answer with point lookups.
 */
export async function listRecords(deps: Deps, personId: string, query: RecordsQuery) {
  const filter = { personId, period: { $in: monthsBetween(query.from, query.to) }, type: query.type ?? { $in: [...INSURANCE_TYPES] } };
  const docs = await deps.models.PaymentRecord.find(filter, VIEW_FIELDS).lean();
  const records = docs.map(toRecordView).sort(byPeriodThenType);
  return { from: query.from, to: query.to, type: query.type, records, totals: sumAmounts(paidOnly(records)) };
}

/** One record of this person; another person's id is simply not found. */
export async function recordDetail(deps: Deps, personId: string, id: string) {
  const doc = await deps.models.PaymentRecord.findOne({ _id: id, personId }, { ...VIEW_FIELDS, createdAt: 1 }).lean();
  if (!doc) throw new NotFoundError('No such record for this person');
  const rate = (amount: number) => (doc.base > 0 ? Math.round((amount * 10_000) / doc.base) : 0);
  return { ...toRecordView(doc), rates: { personal: rate(doc.personal), employer: rate(doc.employer) }, recordedAt: doc.createdAt.toISOString() };
}

/**
 * Every year from the first record to the latest, with the months received in each and what was
 * received: the same totals a year's list shows. A year with only months owed, or none at all
 * (a gap of whole years), is there with nothing received, so the list and the chart show it.
 */
export async function recordYears(deps: Deps, personId: string) {
  const docs = await deps.models.PaymentRecord.find({ personId }, { _id: 0, period: 1, status: 1, personal: 1, employer: 1 }).lean();
  if (docs.length === 0) return { years: [] };
  const yearOf = (period: string) => Number(period.slice(0, 4));
  const first = Math.min(...docs.map((d) => yearOf(d.period)));
  const last = Math.max(...docs.map((d) => yearOf(d.period)));
  const years = new Map<number, { months: Set<string>; personal: number; employer: number }>();
  for (let year = first; year <= last; year += 1) years.set(year, { months: new Set(), personal: 0, employer: 0 });
  for (const d of paidOnly(docs)) {
    const entry = years.get(yearOf(d.period))!;
    entry.months.add(d.period);
    entry.personal += d.personal;
    entry.employer += d.employer;
  }
  return { years: [...years.entries()].map(([year, e]) => ({ year, months: e.months.size, personal: e.personal, employer: e.employer, total: e.personal + e.employer })) };
}
