import type { NewPerson } from '../../bff/src/services/person-service';
import { insertCareer, type CareerProfile } from '../../bff/src/seed/career';
import { boundPerson, type TestApi, type TestPerson } from './api';

/**
 * Ten years in two cities: Guangzhou 2015-01..2019-12, nothing in 2020-01..03, Shenzhen from
 * 2020-04. The last month (2024-06) is declared, the one before (2024-05) in arrears.
 * Bases: 8000 yuan in 2015, +5% a year (2016: 8400 yuan).
 */
export const MOVER: CareerProfile = {
  from: '2015-01',
  to: '2024-06',
  baseSalary: 800_000,
  yearlyGrowth: 0.05,
  employers: [
    { name: '广州天河软件有限公司', city: '广州市', district: '天河区', from: '2015-01', to: '2019-12' },
    { name: '深圳南山科技有限公司', city: '深圳市', district: '南山区', from: '2020-04', to: '2024-06' },
  ],
  declaredMonths: 1,
  arrearsMonths: 1,
};

/** Two years as a flexible worker in Guangzhou, base 5000 yuan. */
export const FLEXIBLE: CareerProfile = {
  from: '2022-01',
  to: '2023-12',
  baseSalary: 500_000,
  employers: [],
  flexible: [{ city: '广州市', district: '越秀区社保分中心', from: '2022-01', to: '2023-12' }],
};

export interface CareerPerson extends TestPerson {
  career: Awaited<ReturnType<typeof insertCareer>>;
}

/** A bound person with a session and the records of `profile`. */
export async function personWithCareer(api: TestApi, profile: CareerProfile, overrides: Partial<NewPerson> = {}): Promise<CareerPerson> {
  const person = await boundPerson(api, { flexibleWorker: profile.employers.length === 0, ...overrides });
  const career = await insertCareer(api.deps, person.personId, profile);
  return { ...person, career };
}

export const records = (api: TestApi, person: { token: string } | null, query: string, headers: Record<string, string> = {}) =>
  api.call('GET', `/api/v1/records${query}`, { token: person?.token, headers });

/** One month as an agency sends it to `POST /agency/records`: employee pension, paid, in Foshan. */
export const agencyMonth = (period: string, overrides: Record<string, unknown> = {}) => ({
  period,
  type: 'pension',
  base: 600_000,
  personal: 48_000,
  employer: 96_000,
  total: 144_000,
  employerName: '佛山禅城制造有限公司',
  place: { city: '佛山市', district: '禅城区' },
  status: 'paid',
  ...overrides,
});
