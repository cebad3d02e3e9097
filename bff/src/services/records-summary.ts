import { PERSONAL_ACCOUNT_NOTE, paymentGaps, INSURANCE_TYPES, PENSION_MINIMUM_MONTHS, yearsAndMonths, type InsuranceType } from '@ssc/shared';
import type { Deps } from '../deps';
import type { PaymentRecordDoc } from '../models/payment-record';
import type { PersonalAccountDoc } from '../models/personal-account';
import { byPeriodThenType, distinctMonths, paidOnly, sumAmounts } from './records-queries';

type Row = Pick<PaymentRecordDoc, 'period' | 'type' | 'status' | 'personal' | 'employer'>;
type AccountDoc = Omit<PersonalAccountDoc, 'personId'>;

export function groupByType<R extends { type: InsuranceType }>(rows: readonly R[]): Map<InsuranceType, R[]> {
  const groups = new Map<InsuranceType, R[]>(INSURANCE_TYPES.map((type) => [type, []]));
  for (const row of rows) groups.get(row.type)?.push(row);
  return groups;
}

export function accountFigures(accounts: readonly AccountDoc[], kind: 'pension' | 'medical') {
  const a = accounts.find((acc) => acc.kind === kind);
  return a ? { balance: a.balance, paidIn: a.paidIn, paidOut: a.paidOut, asOf: a.asOf.toISOString() } : null;
}

function typeSummary(type: InsuranceType, rows: readonly Row[]) {
  const periods = rows.map((r) => r.period).sort();
  const paid = paidOnly(rows);
  const { personal, employer } = sumAmounts(paid);
  const monthsPaid = distinctMonths(paid);
  return {
    type,
    monthsPaid,
    paidFor: yearsAndMonths(monthsPaid),
    firstPeriod: periods[0] ?? null,
    lastPeriod: periods.at(-1) ?? null,
    gaps: paymentGaps(rows),
    totals: { personal, employer },
  };
}

/**
 * Cities in the order the person first paid there. They come from the records that say where the
 * person is insured as a whole: the pension records paid or declared, when there are any. A second
 * employer may insure the person against work injury alone, in another city, for the same months:
 * that is a side job, not a move. A person without such records (say, only arrears) is placed by
 * all their records.
 */
function placesOf(rows: readonly (Row & { place: { city: string } })[]) {
  const pension = rows.filter((r) => r.type === 'pension' && (r.status === 'paid' || r.status === 'declared'));
  const cities = new Map<string, { first: string; last: string; months: Set<string> }>();
  for (const r of pension.length > 0 ? pension : rows) {
    const c = cities.get(r.place.city) ?? { first: r.period, last: r.period, months: new Set<string>() };
    if (r.period < c.first) c.first = r.period;
    if (r.period > c.last) c.last = r.period;
    c.months.add(r.period);
    cities.set(r.place.city, c);
  }
  return [...cities.entries()]
    .map(([city, c]) => ({ city, firstPeriod: c.first, lastPeriod: c.last, months: c.months.size }))
    .sort((a, b) => a.firstPeriod.localeCompare(b.firstPeriod) || a.city.localeCompare(b.city));
}

/** Months not (yet) received, one entry per month and status, with the types concerned. */
function pendingOf(rows: readonly Row[]) {
  const months = new Map<string, { period: string; status: 'declared' | 'arrears'; types: InsuranceType[]; personal: number; employer: number }>();
  for (const r of [...rows].sort(byPeriodThenType)) {
    if (r.status === 'paid') continue;
    const key = `${r.period}|${r.status}`;
    const m = months.get(key) ?? { period: r.period, status: r.status, types: [], personal: 0, employer: 0 };
    // Work injury owed by two employers is one type owed.
    if (!m.types.includes(r.type)) m.types.push(r.type);
    m.personal += r.personal;
    m.employer += r.employer;
    months.set(key, m);
  }
  return [...months.values()];
}

/** Everything the "my contributions" overview shows, from one read of the person's records. */
export async function recordsSummary(deps: Deps, personId: string) {
  const [rows, accounts] = await Promise.all([
    deps.models.PaymentRecord.find({ personId }, { _id: 0, period: 1, type: 1, status: 1, personal: 1, employer: 1, place: 1 }).lean(),
    deps.models.PersonalAccount.find({ personId }, { _id: 0, kind: 1, balance: 1, paidIn: 1, paidOut: 1, asOf: 1 }).lean(),
  ]);
  const types = [...groupByType(rows).entries()].map(([type, typeRows]) => typeSummary(type, typeRows));
  const paidMonths = types.find((t) => t.type === 'pension')?.monthsPaid ?? 0;
  return {
    types,
    pension: { requiredMonths: PENSION_MINIMUM_MONTHS, paidMonths, remainingMonths: Math.max(0, PENSION_MINIMUM_MONTHS - paidMonths) },
    accounts: { pension: accountFigures(accounts, 'pension'), medical: accountFigures(accounts, 'medical'), note: PERSONAL_ACCOUNT_NOTE },
    places: placesOf(rows),
    pending: pendingOf(rows),
  };
}
