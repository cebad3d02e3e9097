import { chinaDayStart, paymentGaps, INSURANCE_TYPES, PERSONAL_ACCOUNT_NOTE, periodIndex, periodOf, type InsuranceType } from '@ssc/shared';
import type { Deps } from '../deps';
import { AppError, NotFoundError } from '../errors';
import { maskedPerson } from './person-service';
import { distinctMonths, paidOnly, sumAmounts } from './records-queries';
import { accountFigures, groupByType } from './records-summary';

type Row = { period: string; type: InsuranceType; status: string; base: number; personal: number; employer: number };
type Account = NonNullable<ReturnType<typeof accountFigures>>;

/** The type's gaps (over its whole history) that fall within the year, cut to the year. */
function gapsInYear(type: InsuranceType, rows: readonly Row[], year: number) {
  const first = `${year}-01`;
  const last = `${year}-12`;
  return paymentGaps(rows)
    .filter((g) => g.to >= first && g.from <= last)
    .map((g) => {
      const from = g.from < first ? first : g.from;
      const to = g.to > last ? last : g.to;
      return { type, from, to, months: periodIndex(to) - periodIndex(from) + 1 };
    });
}

/** 00:00 China time on 1 January of `year`: the moment the year before it ends. */
const chinaYearStart = (year: number) => chinaDayStart(new Date(Date.UTC(year, 0, 1))).getTime();

/**
 * Account figures for the statement of `year`. The agency reports only current figures, as of a
 * moment. Figures from a China calendar day stand for that day's start, since accounts are credited
 * month by month, not within a day: figures as of 1 January 2025 in China, whether its midnight
 * (2024-12-31T16:00Z) or 2025-01-01T00:00Z (08:00 there), describe the end of 2024 (`exact`).
 * Figures from inside the year are shown as what they are (`latest`, with their own date), not as
 * its end. Later figures are scaled back by the share of contribution bases paid up to the year's
 * end (accounts are credited a fixed share of the base) and dated at that end (`estimated`).
 */
function yearEndAccount(account: Account | null, rows: readonly Row[], year: number) {
  if (!account) return null;
  const day = chinaDayStart(new Date(account.asOf)).getTime();
  const end = chinaYearStart(year + 1);
  if (day === end) return { ...account, basis: 'exact' as const };
  if (day < end) return day > chinaYearStart(year) ? { ...account, basis: 'latest' as const } : null;
  const paid = rows.filter((r) => r.status === 'paid' && r.period.slice(0, 4) <= String(year));
  const all = rows.filter((r) => r.status === 'paid');
  const share = all.reduce((s, r) => s + r.base, 0);
  const ratio = share > 0 ? paid.reduce((s, r) => s + r.base, 0) / share : 0;
  const paidIn = Math.round(account.paidIn * ratio);
  const paidOut = Math.round(account.paidOut * ratio);
  return { balance: paidIn - paidOut, paidIn, paidOut, asOf: new Date(end).toISOString(), basis: 'estimated' as const };
}

/** The annual personal rights statement (个人权益记录单) of one year. */
export async function annualStatement(deps: Deps, personId: string, year: number) {
  const [rows, accounts, person] = await Promise.all([
    deps.models.PaymentRecord.find({ personId }, { _id: 0, period: 1, type: 1, status: 1, base: 1, personal: 1, employer: 1 }).lean(),
    deps.models.PersonalAccount.find({ personId }, { _id: 0, kind: 1, balance: 1, paidIn: 1, paidOut: 1, asOf: 1 }).lean(),
    maskedPerson(deps, personId),
  ]);
  if (!person) throw new NotFoundError('Person not found');
  const [first, last] = [`${year}-01`, `${year}-12`];
  // A year between the first and the latest record has a statement even with no record in it
  // (a gap of whole years): it says what the person most needs to know, that nothing was paid.
  const spans = (typeRows: readonly Row[]) => typeRows.some((r) => r.period <= last) && typeRows.some((r) => r.period >= first);
  if (!spans(rows)) throw new AppError(404, 'RECORDS_YEAR_EMPTY', 'No records in or around this year');
  const byType = groupByType(rows);
  const inYear = (typeRows: readonly Row[]) => typeRows.filter((r) => r.period >= first && r.period <= last);
  const types = INSURANCE_TYPES.map((type) => {
    const paid = paidOnly(inYear(byType.get(type) ?? []));
    const bases = paid.map((r) => r.base);
    const base = bases.length ? { min: Math.min(...bases), max: Math.max(...bases) } : null;
    const { personal, employer } = sumAmounts(paid);
    return { type, monthsPaid: distinctMonths(paid), base, personal, employer };
  });
  const typeRows = (type: InsuranceType) => byType.get(type) ?? [];
  return {
    person: { name: person.name, idNumber: person.idNumber },
    year,
    // A statement is complete once China's calendar year is over.
    complete: year < Number(periodOf(deps.now()).slice(0, 4)),
    types,
    accounts: {
      pension: yearEndAccount(accountFigures(accounts, 'pension'), typeRows('pension'), year),
      medical: yearEndAccount(accountFigures(accounts, 'medical'), typeRows('medical'), year),
      note: PERSONAL_ACCOUNT_NOTE,
    },
    gaps: INSURANCE_TYPES.flatMap((type) => gapsInYear(type, typeRows(type), year)),
    generatedAt: deps.now().toISOString(),
  };
}
