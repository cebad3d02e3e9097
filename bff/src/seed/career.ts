import { FLEXIBLE_WORKER_TYPES, INSURANCE_TYPES, periodFromIndex, periodIndex, type InsuranceType, type RecordInput, type RecordStatus } from '@ssc/shared';
import type { Deps } from '../deps';
import { changeRecords } from '../services/records-etag';
import { writeAccounts, writeRecords, type AccountInput } from '../services/records-import';

/** Shares of the contribution base in basis points (800 = 8%), close to what big cities charge. */
const EMPLOYEE_RATES: Record<InsuranceType, { personal: number; employer: number }> = {
  pension: { personal: 800, employer: 1600 },
  medical: { personal: 200, employer: 900 },
  unemployment: { personal: 50, employer: 50 },
  workInjury: { personal: 0, employer: 40 },
  maternity: { personal: 0, employer: 80 },
};
/** A flexible worker pays pension and medical alone, at the employee and employer shares together. */
const FLEXIBLE_RATES: Partial<Record<InsuranceType, number>> = { pension: 2000, medical: 800 };
/** What reaches the personal accounts each paid month, whoever paid. */
const ACCOUNT_CREDIT = { pension: 800, medical: 200 } as const;

export interface Span {
  from: string;
  to: string;
}
export interface CareerEmployer extends Span {
  name: string;
  city: string;
  district: string;
}
export interface FlexibleSpell extends Span {
  city: string;
  /** The social insurance office the person pays at. */
  district: string;
}

export interface CareerProfile extends Span {
  /** Monthly contribution base in the first year, fen. */
  baseSalary: number;
  /** Yearly raise of the base, e.g. 0.05. */
  yearlyGrowth?: number;
  employers: CareerEmployer[];
  /**
   * Second jobs held beside the main one: each such employer insures the person against work
   * injury too (only that type), on the wage it pays, in fen.
   */
  sideJobs?: (CareerEmployer & { base: number })[];
  flexible?: FlexibleSpell[];
  /** Months with no contributions at all, even while employed. */
  gaps?: Span[];
  /** The last months: declared by the employer, not received yet. */
  declaredMonths?: number;
  /** The months just before the declared ones: unpaid. */
  arrearsMonths?: number;
  /** Share of the medical account spent at clinics and pharmacies. */
  medicalSpentShare?: number;
}

const covers = (span: Span, i: number) => periodIndex(span.from) <= i && i <= periodIndex(span.to);
const share = (base: number, bp: number) => Math.round((base * bp) / 10_000);

function statusOf(profile: CareerProfile, i: number): RecordStatus {
  const fromEnd = periodIndex(profile.to) - i;
  const declared = profile.declaredMonths ?? 0;
  if (fromEnd < declared) return 'declared';
  return fromEnd < declared + (profile.arrearsMonths ?? 0) ? 'arrears' : 'paid';
}

function monthRecords(profile: CareerProfile, i: number): RecordInput[] {
  if (profile.gaps?.some((g) => covers(g, i))) return [];
  const years = Math.floor(i / 12) - Math.floor(periodIndex(profile.from) / 12);
  const base = Math.round((profile.baseSalary * (1 + (profile.yearlyGrowth ?? 0)) ** years) / 100) * 100;
  const common = { period: periodFromIndex(i), base, status: statusOf(profile, i) };
  const job = profile.employers.find((e) => covers(e, i));
  if (job) {
    const main: RecordInput[] = INSURANCE_TYPES.map((type) => {
      const personal = share(base, EMPLOYEE_RATES[type].personal);
      const employer = share(base, EMPLOYEE_RATES[type].employer);
      const place = { city: job.city, district: job.district };
      return { ...common, type, personal, employer, total: personal + employer, payer: 'employer', employerName: job.name, place };
    });
    const side: RecordInput[] = (profile.sideJobs ?? [])
      .filter((s) => covers(s, i))
      .map((s) => {
        const employer = share(s.base, EMPLOYEE_RATES.workInjury.employer);
        const place = { city: s.city, district: s.district };
        return { ...common, base: s.base, type: 'workInjury', personal: 0, employer, total: employer, payer: 'employer', employerName: s.name, place };
      });
    return [...main, ...side];
  }
  const spell = profile.flexible?.find((f) => covers(f, i));
  if (!spell) return [];
  return FLEXIBLE_WORKER_TYPES.map((type) => {
    const personal = share(base, FLEXIBLE_RATES[type] ?? 0);
    const place = { city: spell.city, district: spell.district };
    return { ...common, type, personal, employer: 0, total: personal, payer: 'flexible', employerName: null, place };
  });
}

function accountsOf(profile: CareerProfile, records: readonly RecordInput[]): AccountInput[] {
  // Figures as of the first instant after the last month.
  const next = periodIndex(profile.to) + 1;
  const asOf = new Date(Date.UTC(Math.floor(next / 12), next % 12, 1));
  return (['pension', 'medical'] as const).flatMap((kind) => {
    const paid = records.filter((r) => r.type === kind && r.status === 'paid');
    if (paid.length === 0) return [];
    const paidIn = paid.reduce((sum, r) => sum + share(r.base, ACCOUNT_CREDIT[kind]), 0);
    const paidOut = kind === 'medical' ? Math.round(paidIn * (profile.medicalSpentShare ?? 0.35)) : 0;
    return [{ kind, balance: paidIn - paidOut, paidIn, paidOut, asOf }];
  });
}

/**
 * A working life as monthly records per type, plus the personal accounts they add up to. Pure and
 * deterministic: the same profile always gives the same records, so seed data can be rebuilt.
 */
export function generateCareer(profile: CareerProfile): { records: RecordInput[]; accounts: AccountInput[] } {
  const records: RecordInput[] = [];
  for (let i = periodIndex(profile.from); i <= periodIndex(profile.to); i++) records.push(...monthRecords(profile, i));
  return { records, accounts: accountsOf(profile, records) };
}

const SEED_BATCH = 240;

/** Writes a generated career for a person (replacing months already there) and bumps their version. */
export async function insertCareer(deps: Deps, personId: string, profile: CareerProfile) {
  const career = generateCareer(profile);
  const { result: counts, version } = await changeRecords(deps, personId, async () => {
    const counts = { received: 0, inserted: 0, updated: 0, unchanged: 0 };
    // In batches: a whole career (1,400+ upserts) in one command holds a single-threaded database
    // (the embedded one, run as its own process) past the driver's heartbeat timeout.
    for (let start = 0; start < career.records.length; start += SEED_BATCH) {
      const batch = await writeRecords(deps, personId, career.records.slice(start, start + SEED_BATCH), 'seed');
      for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += batch[key];
    }
    await writeAccounts(deps, personId, career.accounts);
    // Bumped whether or not anything changed: the seed rebuilds the person's data as a whole.
    return { changed: true, result: counts };
  });
  return { ...counts, accounts: career.accounts, version };
}
