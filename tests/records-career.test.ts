import test from 'ava';
import { generateCareer, insertCareer, type CareerProfile } from '../bff/src/seed/career';
import { boundPerson, startApi } from './helpers/api';

const job = { name: '珠海香洲物流有限公司', city: '珠海市', district: '香洲区' };
const profile = (overrides: Partial<CareerProfile>): CareerProfile => ({
  from: '2021-01',
  to: '2021-03',
  baseSalary: 1_000_000,
  employers: [{ ...job, from: '2021-01', to: '2021-03' }],
  ...overrides,
});
const amounts = (r: { type: string; personal: number; employer: number }) => [r.type, r.personal, r.employer];

test('an employee month has five records at the usual rates', (t) => {
  const { records } = generateCareer(profile({ to: '2021-01' }));
  t.deepEqual(records.map(amounts), [
    ['pension', 80_000, 160_000],
    ['medical', 20_000, 90_000],
    ['unemployment', 5_000, 5_000],
    ['workInjury', 0, 4_000],
    ['maternity', 0, 8_000],
  ]);
  t.true(records.every((r) => r.total === r.personal + r.employer && r.payer === 'employer' && r.employerName === job.name && r.status === 'paid'));
  t.deepEqual(records[0]?.place, { city: '珠海市', district: '香洲区' });
});

test('a second job adds that employer\'s work injury, on its own wage, while it lasts', (t) => {
  const side = { name: '珠海拱北配送有限公司', city: '珠海市', district: '香洲区', from: '2021-02', to: '2021-02', base: 300_000 };
  const { records } = generateCareer(profile({ sideJobs: [side] }));
  t.is(records.length, 16);
  const injury = records.filter((r) => r.type === 'workInjury').map((r) => [r.period, r.employerName, r.base, r.employer]);
  t.deepEqual(injury, [
    ['2021-01', job.name, 1_000_000, 4_000],
    ['2021-02', job.name, 1_000_000, 4_000],
    ['2021-02', side.name, 300_000, 1_200],
    ['2021-03', job.name, 1_000_000, 4_000],
  ]);
});

test('the base rises once a calendar year and is kept in whole yuan', (t) => {
  const { records } = generateCareer(profile({ from: '2019-11', to: '2021-01', baseSalary: 612_345, yearlyGrowth: 0.07, employers: [{ ...job, from: '2019-01', to: '2021-12' }] }));
  const bases = new Map(records.map((r) => [r.period, r.base]));
  t.deepEqual([...bases.entries()], [
    ['2019-11', 612_300],
    ['2019-12', 612_300],
    ['2020-01', 655_200],
    ['2020-02', 655_200],
    ['2020-03', 655_200],
    ['2020-04', 655_200],
    ['2020-05', 655_200],
    ['2020-06', 655_200],
    ['2020-07', 655_200],
    ['2020-08', 655_200],
    ['2020-09', 655_200],
    ['2020-10', 655_200],
    ['2020-11', 655_200],
    ['2020-12', 655_200],
    ['2021-01', 701_100],
  ]);
});

test('gap months and months between jobs have no records', (t) => {
  const { records } = generateCareer(
    profile({
      from: '2021-01',
      to: '2021-08',
      employers: [
        { ...job, from: '2021-01', to: '2021-03' },
        { ...job, name: '中山火炬电子有限公司', city: '中山市', district: '火炬开发区', from: '2021-05', to: '2021-08' },
      ],
      gaps: [{ from: '2021-07', to: '2021-07' }],
    }),
  );
  t.deepEqual([...new Set(records.map((r) => r.period))], ['2021-01', '2021-02', '2021-03', '2021-05', '2021-06', '2021-08']);
  t.is(records.find((r) => r.period === '2021-05')?.place.city, '中山市');
});

test('a flexible worker has pension and medical records paid alone', (t) => {
  const { records } = generateCareer(
    profile({ to: '2021-02', employers: [{ ...job, from: '2021-01', to: '2021-01' }], flexible: [{ city: '珠海市', district: '香洲社保服务中心', from: '2021-02', to: '2021-12' }] }),
  );
  const flexible = records.filter((r) => r.period === '2021-02');
  t.deepEqual(flexible.map(amounts), [
    ['pension', 200_000, 0],
    ['medical', 80_000, 0],
  ]);
  t.true(flexible.every((r) => r.payer === 'flexible' && r.employerName === null && r.place.district === '香洲社保服务中心'));
});

test('the last months are declared and the ones before them unpaid', (t) => {
  const { records } = generateCareer(profile({ from: '2021-01', to: '2021-05', employers: [{ ...job, from: '2021-01', to: '2021-05' }], declaredMonths: 2, arrearsMonths: 1 }));
  const status = new Map(records.map((r) => [r.period, r.status]));
  t.deepEqual([...status.entries()], [
    ['2021-01', 'paid'],
    ['2021-02', 'paid'],
    ['2021-03', 'arrears'],
    ['2021-04', 'declared'],
    ['2021-05', 'declared'],
  ]);
});

test('the personal accounts add up what paid months credit to them', (t) => {
  const { accounts } = generateCareer(profile({ declaredMonths: 1, medicalSpentShare: 0.25 }));
  const asOf = new Date('2021-04-01T00:00:00.000Z');
  // Two paid months: 8% of the base to the pension account, 2% to the medical one.
  t.deepEqual(accounts, [
    { kind: 'pension', balance: 160_000, paidIn: 160_000, paidOut: 0, asOf },
    { kind: 'medical', balance: 30_000, paidIn: 40_000, paidOut: 10_000, asOf },
  ]);
  t.deepEqual(generateCareer(profile({ employers: [] })).accounts, []);
});

test('the same profile always gives the same career', (t) => {
  const p = profile({ from: '2010-01', to: '2020-12', yearlyGrowth: 0.04, employers: [{ ...job, from: '2010-01', to: '2020-12' }], gaps: [{ from: '2015-02', to: '2015-06' }] });
  t.deepEqual(generateCareer(p), generateCareer(p));
});

test('inserting a career twice stores it once and bumps the records version each time', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const p = profile({});
  const first = await insertCareer(api.deps, person.personId, p);
  t.like(first, { received: 15, inserted: 15, updated: 0, version: 1 });
  const again = await insertCareer(api.deps, person.personId, p);
  t.like(again, { inserted: 0, updated: 0, unchanged: 15, version: 2 });
  t.is(await api.deps.models.PaymentRecord.countDocuments({ personId: person.personId }), 15);
  const stored = await api.deps.models.PersonalAccount.find({ personId: person.personId }).sort({ kind: -1 }).lean();
  t.deepEqual(stored.map((a) => [a.kind, a.balance]), [['pension', 240_000], ['medical', 39_000]]);
  const meta = await api.deps.models.RecordsMeta.findOne({ personId: person.personId }).lean();
  t.is(meta?.version, 2);
  t.deepEqual(meta?.updatedAt, api.clock.now);
});

test('payment records are indexed for the reads and upserts they get', async (t) => {
  const api = await startApi(t);
  const indexes = await api.deps.models.PaymentRecord.collection.indexes();
  t.like(indexes.find((i) => i.name === 'record_key'), { unique: true, key: { personId: 1, period: 1, type: 1, employerKey: 1 } });
  t.truthy(indexes.find((i) => i.name === 'personId_1_type_1_period_1'));
  const meta = await api.deps.models.RecordsMeta.collection.indexes();
  t.like(meta.find((i) => i.name === 'personId_1'), { unique: true });
});
