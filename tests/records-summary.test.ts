import test from 'ava';
import { AGENCY_KEY, boundPerson, startApi } from './helpers/api';
import { agencyMonth, FLEXIBLE, MOVER, personWithCareer, records } from './helpers/records';

test('the summary counts paid months per type as years and months', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const res = await records(api, person, '/summary');
  t.is(res.status, 200);
  t.deepEqual(
    res.body.types.map((s: { type: string }) => s.type),
    ['pension', 'medical', 'unemployment', 'workInjury', 'maternity'],
  );
  // 60 months in Guangzhou + 51 in Shenzhen, less the declared and the unpaid month.
  for (const summary of res.body.types) t.like(summary, { monthsPaid: 109, paidFor: { years: 9, months: 1 }, firstPeriod: '2015-01', lastPeriod: '2024-06' });
  t.deepEqual(res.body.pension, { requiredMonths: 180, paidMonths: 109, remainingMonths: 71 });
  t.is(res.body.types[3].totals.personal, 0);
});

test('a gap between jobs is reported as a range for every type', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const res = await records(api, person, '/summary');
  // The month in arrears (2024-05) is a gap too; the declared one after it, money on its way, is not.
  for (const summary of res.body.types) {
    t.deepEqual(summary.gaps, [{ from: '2020-01', to: '2020-03', months: 3 }, { from: '2024-05', to: '2024-05', months: 1 }], summary.type);
  }
});

test('a move between cities shows each city with its first and last month', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const res = await records(api, person, '/summary');
  t.deepEqual(res.body.places, [
    { city: '广州市', firstPeriod: '2015-01', lastPeriod: '2019-12', months: 60 },
    // 2024-05, in arrears, is a gap: not a month insured there. 2024-06, declared, is.
    { city: '深圳市', firstPeriod: '2020-04', lastPeriod: '2024-06', months: 50 },
  ]);
});

const SIDE_JOB = '广州天河配送有限公司';
const sideInjury = (period: string) =>
  agencyMonth(period, { type: 'workInjury', personal: 0, employer: 1_200, total: 1_200, employerName: SIDE_JOB, place: { city: '广州市', district: '天河区' } });

test('a work-injury-only side job in another city is not a move', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const periods = ['2021-03', '2021-04', '2021-05'];
  const main = periods.flatMap((period) => [agencyMonth(period), agencyMonth(period, { type: 'workInjury', personal: 0, employer: 2_400, total: 2_400 })]);
  const body = { idNumber: person.idNumber, records: [...main, ...periods.map(sideInjury)] };
  t.is((await api.call('POST', '/api/v1/agency/records', { headers: { 'X-Api-Key': AGENCY_KEY }, body })).status, 200);
  const summary = await records(api, person, '/summary');
  t.deepEqual(summary.body.places, [{ city: '佛山市', firstPeriod: '2021-03', lastPeriod: '2021-05', months: 3 }]);
});

test('a person without pension records is placed by all their records', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const body = { idNumber: person.idNumber, records: ['2021-03', '2021-04'].map(sideInjury) };
  t.is((await api.call('POST', '/api/v1/agency/records', { headers: { 'X-Api-Key': AGENCY_KEY }, body })).status, 200);
  const summary = await records(api, person, '/summary');
  t.deepEqual(summary.body.places, [{ city: '广州市', firstPeriod: '2021-03', lastPeriod: '2021-04', months: 2 }]);
});

test('declared and unpaid months are listed as pending, not counted as paid', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const res = await records(api, person, '/summary');
  t.deepEqual(
    res.body.pending.map((p: { period: string; status: string; types: string[] }) => [p.period, p.status, p.types.length]),
    [
      ['2024-05', 'arrears', 5],
      ['2024-06', 'declared', 5],
    ],
  );
});

test('the personal accounts come with the note that they are not all that was paid', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const res = await records(api, person, '/summary');
  const [pension, medical] = person.career.accounts;
  t.is(res.body.accounts.note, 'PERSONAL_ACCOUNT_ONLY');
  t.deepEqual(res.body.accounts.pension, { balance: pension?.balance, paidIn: pension?.paidIn, paidOut: 0, asOf: '2024-07-01T00:00:00.000Z' });
  t.is(res.body.accounts.medical.balance, (medical?.paidIn ?? 0) - (medical?.paidOut ?? 0));
  // The pension account holds the 8% personal share only: a third of what was paid in total.
  const pensionPaid = res.body.types[0].totals;
  t.is(res.body.accounts.pension.paidIn, pensionPaid.personal);
  t.true(res.body.accounts.pension.balance < pensionPaid.personal + pensionPaid.employer);
});

test('an unchanged summary answers 304', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, FLEXIBLE);
  const first = await records(api, person, '/summary');
  const again = await records(api, person, '/summary', { 'If-None-Match': first.headers.get('etag') as string });
  t.is(again.status, 304);
});

test('the years list gives each year’s months received with the same totals as that year shows', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const res = await records(api, person, '/years');
  t.is(res.status, 200);
  t.deepEqual(
    res.body.years.map((y: { year: number; months: number }) => [y.year, y.months]),
    // 2024 has six months of records, of which the last is declared and the one before unpaid: four were received.
    [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year) => [year, year === 2020 ? 9 : year === 2024 ? 4 : 12]),
  );
  const year2024 = await records(api, person, '?year=2024');
  const { year: _year, months: _months, ...totals } = res.body.years.at(-1);
  t.deepEqual(totals, year2024.body.totals);
  const cached = await records(api, person, '/years', { 'If-None-Match': res.headers.get('etag') as string });
  t.is(cached.status, 304);
});

test('the annual statement sums the paid months of the year and names its gaps', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER, { name: '王建国' });
  const res = await records(api, person, '/statements/2020');
  t.is(res.status, 200);
  t.deepEqual(res.body.person, { name: '王*国', idNumber: `${person.idNumber[0]}${'*'.repeat(16)}${person.idNumber[17]}` });
  t.like(res.body, { year: 2020, complete: true, generatedAt: api.clock.now.toISOString() });
  // 2020 base: 8000 yuan x 1.05^5 = 10210.25, rounded to whole yuan.
  t.deepEqual(res.body.types[0], { type: 'pension', monthsPaid: 9, base: { min: 1_021_000, max: 1_021_000 }, personal: 9 * 81_680, employer: 9 * 163_360 });
  t.deepEqual(
    res.body.gaps.map((g: { type: string; from: string; to: string; months: number }) => `${g.type} ${g.from}..${g.to} ${g.months}`),
    ['pension', 'medical', 'unemployment', 'workInjury', 'maternity'].map((type) => `${type} 2020-01..2020-03 3`),
  );
  t.is(res.body.accounts.note, 'PERSONAL_ACCOUNT_ONLY');
  // Dated at the end of 2020 in China: midnight starting 1 January 2021 there.
  t.like(res.body.accounts.pension, { basis: 'estimated', asOf: '2020-12-31T16:00:00.000Z' });
  t.true(res.body.accounts.pension.paidIn < person.career.accounts[0]!.paidIn);
});

test('the statement of the year the account figures are from uses them as they are, as the latest', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const res = await records(api, person, '/statements/2024');
  t.is(res.status, 200);
  // Figures as of 1 July are the latest known, not the year's end.
  t.like(res.body.accounts.pension, { basis: 'latest', asOf: '2024-07-01T00:00:00.000Z', paidIn: person.career.accounts[0]?.paidIn });
  t.like(res.body.types[0], { monthsPaid: 4 });
  // 2024-05 is in arrears: a gap on the statement as well as a pending month.
  t.deepEqual(
    res.body.gaps.map((g: { type: string; from: string; to: string; months: number }) => `${g.type} ${g.from}..${g.to} ${g.months}`),
    ['pension', 'medical', 'unemployment', 'workInjury', 'maternity'].map((type) => `${type} 2024-05..2024-05 1`),
  );
});

test('a year without records has no statement and a malformed year is refused', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, FLEXIBLE);
  const empty = await records(api, person, '/statements/2016');
  t.is(empty.status, 404);
  t.is(empty.body.error.code, 'RECORDS_YEAR_EMPTY');
  const bad = await records(api, person, '/statements/20x6');
  t.is(bad.status, 400);
  t.deepEqual(bad.body.error.details.issues.map((i: { path: string }) => i.path), ['params.year']);
});

test("another person's summary and statement hold only their own figures", async (t) => {
  const api = await startApi(t);
  await personWithCareer(api, MOVER);
  const other = await personWithCareer(api, FLEXIBLE);
  const summary = await records(api, other, '/summary');
  t.deepEqual(summary.body.places, [{ city: '广州市', firstPeriod: '2022-01', lastPeriod: '2023-12', months: 24 }]);
  t.is(summary.body.types[0].monthsPaid, 24);
  t.is(summary.body.types[2].monthsPaid, 0);
  t.deepEqual((await records(api, other, '/years')).body.years.map((y: { year: number }) => y.year), [2022, 2023]);
  t.is((await records(api, other, '/statements/2016')).status, 404);
});

test('a whole year without records between two paid ones is in the years list and has its statement', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const months = ['2019-11', '2019-12', '2021-01'].map((period) => agencyMonth(period));
  const sent = await api.call('POST', '/api/v1/agency/records', { headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: person.idNumber, records: months } });
  t.is(sent.status, 200);
  const years = await records(api, person, '/years');
  t.deepEqual(
    years.body.years.map((y: { year: number; months: number; total: number }) => [y.year, y.months, y.total]),
    [
      [2019, 2, 2 * 144_000],
      [2020, 0, 0],
      [2021, 1, 144_000],
    ],
  );
  const statement = await records(api, person, '/statements/2020');
  t.is(statement.status, 200);
  t.like(statement.body.types[0], { type: 'pension', monthsPaid: 0, base: null, personal: 0, employer: 0 });
  t.deepEqual(statement.body.gaps, [{ type: 'pension', from: '2020-01', to: '2020-12', months: 12 }]);
  for (const outside of [2018, 2022]) t.is((await records(api, person, `/statements/${outside}`)).status, 404);
});
