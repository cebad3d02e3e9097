import test from 'ava';
import { AGENCY_KEY, boundPerson, startApi, unboundSession } from './helpers/api';
import { FLEXIBLE, MOVER, personWithCareer, records } from './helpers/records';

test('a year answers its months in period then type order with totals', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const res = await records(api, person, '?year=2016');
  t.is(res.status, 200);
  t.is(res.body.records.length, 60);
  t.deepEqual(
    res.body.records.slice(0, 5).map((r: { period: string; type: string }) => `${r.period} ${r.type}`),
    ['2016-01 pension', '2016-01 medical', '2016-01 unemployment', '2016-01 workInjury', '2016-01 maternity'],
  );
  const { id, ...first } = res.body.records[0];
  t.regex(id, /^[0-9a-f]{24}$/);
  t.deepEqual(first, {
    period: '2016-01',
    type: 'pension',
    base: 840_000,
    personal: 67_200,
    employer: 134_400,
    total: 201_600,
    payer: 'employer',
    employerName: '广州天河软件有限公司',
    place: { city: '广州市', district: '天河区' },
    status: 'paid',
  });
  t.is(res.body.records.at(-1).period, '2016-12');
  // Per month: 8% + 2% + 0.5% personal, 16% + 9% + 0.5% + 0.4% + 0.8% employer, of 8400 yuan.
  t.deepEqual(res.body.totals, { personal: 12 * 88_200, employer: 12 * 224_280, total: 12 * 312_480 });
  t.is(res.body.from, '2016-01');
  t.is(res.body.to, '2016-12');
});

test('a range crosses years and shows the move between employers and cities', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const res = await records(api, person, '?from=2019-11&to=2020-05&type=pension');
  t.is(res.status, 200);
  t.deepEqual(
    res.body.records.map((r: { period: string; place: { city: string } }) => `${r.period} ${r.place.city}`),
    ['2019-11 广州市', '2019-12 广州市', '2020-04 深圳市', '2020-05 深圳市'],
  );
  t.is(res.body.records[2].employerName, '深圳南山科技有限公司');
  t.is(res.body.type, 'pension');
});

test('a type filter answers that type alone', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const res = await records(api, person, '?year=2016&type=medical');
  t.is(res.status, 200);
  t.is(res.body.records.length, 12);
  t.true(res.body.records.every((r: { type: string }) => r.type === 'medical'));
  t.deepEqual(res.body.totals, { personal: 12 * 16_800, employer: 12 * 75_600, total: 12 * 92_400 });
});

test('work injury and maternity are paid by the employer alone', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  for (const type of ['workInjury', 'maternity']) {
    const res = await records(api, person, `?year=2016&type=${type}`);
    t.is(res.body.records.length, 12);
    t.true(res.body.records.every((r: { personal: number; employer: number; total: number }) => r.personal === 0 && r.employer > 0 && r.total === r.employer), type);
  }
});

test('a flexible worker pays pension and medical alone with no employer', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, FLEXIBLE);
  const res = await records(api, person, '?year=2022');
  t.is(res.status, 200);
  t.is(res.body.records.length, 24);
  const [pension, medical] = res.body.records;
  t.like(pension, { type: 'pension', base: 500_000, personal: 100_000, employer: 0, total: 100_000, payer: 'flexible', employerName: null });
  t.like(medical, { type: 'medical', personal: 40_000, employer: 0, payer: 'flexible', employerName: null });
  t.deepEqual(pension.place, { city: '广州市', district: '越秀区社保分中心' });
  t.deepEqual([...new Set(res.body.records.map((r: { type: string }) => r.type))], ['pension', 'medical']);
});

test('an impossible year, month or range is refused with the parameter named', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, FLEXIBLE);
  const cases: [string, string[]][] = [
    ['?year=20x6', ['query.year']],
    ['?year=1800', ['query.year']],
    ['?year=2016&from=2016-01&to=2016-03', ['query.year']],
    ['?from=2020-13&to=2021-01', ['query.from']],
    ['?from=2020-01', ['query.to']],
    ['', ['query.from', 'query.to']],
    ['?from=2021-02&to=2021-01', ['query.to']],
    ['?from=2010-01&to=2020-01', ['query.to']],
    ['?year=2016&type=dental', ['query.type']],
  ];
  for (const [query, paths] of cases) {
    const res = await records(api, person, query);
    t.is(res.status, 400, query);
    t.is(res.body.error.code, 'VALIDATION_FAILED');
    t.deepEqual(res.body.error.details.issues.map((i: { path: string }) => i.path), paths, query);
  }
  const tenYears = await records(api, person, '?from=2010-01&to=2019-12');
  t.is(tenYears.status, 200);
});

test('an unchanged year answers 304, and an agency import gives it a new etag', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const first = await records(api, person, '?year=2016');
  const etag = first.headers.get('etag') as string;
  t.regex(etag, /^"[A-Za-z0-9_-]+"$/);
  const again = await records(api, person, '?year=2016', { 'If-None-Match': etag });
  t.is(again.status, 304);
  t.is(again.body, undefined);
  t.is(again.headers.get('etag'), etag);
  t.is((await records(api, person, '?year=2016', { 'If-None-Match': `"other", W/${etag}` })).status, 304);

  const record = { ...first.body.records[0], status: 'paid', employer: 134_500, total: 201_700 };
  delete record.id;
  const imported = await api.call('POST', '/api/v1/agency/records', { headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: person.idNumber, records: [record] } });
  t.is(imported.status, 200);
  const after = await records(api, person, '?year=2016', { 'If-None-Match': etag });
  t.is(after.status, 200);
  t.not(after.headers.get('etag'), etag);
  t.is(after.body.records[0].employer, 134_500);
});

test('an etag names its question: the same months in either form share it, others do not', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const etag = async (query: string) => (await records(api, person, query)).headers.get('etag');
  const year = await etag('?year=2016');
  t.is(await etag('?from=2016-01&to=2016-12'), year);
  t.not(await etag('?year=2017'), year);
  t.not(await etag('?year=2016&type=pension'), year);
  t.not(await etag('/summary'), year);
});

test('only full answers are logged as reads of the records', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const first = await records(api, person, '?year=2016');
  await records(api, person, '?year=2016', { 'If-None-Match': first.headers.get('etag') as string });
  const reads = await api.deps.models.AccessLog.find({ personId: person.personId, action: 'records.read' }).lean();
  t.is(reads.length, 1);
  t.is(reads[0]?.actor, 'weapp');
});

test('a record shows its rates and where it was paid', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, MOVER);
  const list = await records(api, person, '?year=2021&type=pension');
  const res = await records(api, person, `/${list.body.records[0].id}`);
  t.is(res.status, 200);
  t.like(res.body, { period: '2021-01', type: 'pension', rates: { personal: 800, employer: 1600 }, place: { city: '深圳市', district: '南山区' } });
  t.is(res.body.recordedAt, api.clock.now.toISOString());
  t.is((await records(api, person, '/0123456789abcdef01234567')).status, 404);
  t.is((await records(api, person, '/not-an-id')).status, 400);
});

test("another person's session sees their own records, never the first person's", async (t) => {
  const api = await startApi(t);
  const mover = await personWithCareer(api, MOVER);
  const other = await personWithCareer(api, FLEXIBLE);
  const moverYear = await records(api, mover, '?year=2022');
  const otherYear = await records(api, other, '?year=2022', { 'If-None-Match': moverYear.headers.get('etag') as string });
  t.is(otherYear.status, 200);
  t.true(otherYear.body.records.every((r: { payer: string }) => r.payer === 'flexible'));
  t.is((await records(api, other, '?year=2016')).body.records.length, 0);
  const res = await records(api, other, `/${moverYear.body.records[0].id}`);
  t.is(res.status, 404);
  t.is(res.body.error.code, 'NOT_FOUND');
});

test('every records route needs a session bound to a person', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, FLEXIBLE);
  const id = (await records(api, person, '?year=2022')).body.records[0].id;
  for (const path of ['?year=2022', '/summary', '/years', '/statements/2022', `/${id}`]) {
    const res = await records(api, null, path);
    t.is(res.status, 401, path);
    t.is(res.body.error.code, 'UNAUTHORIZED');
  }
  const res = await api.call('GET', '/api/v1/records?year=2022', { token: await unboundSession(api) });
  t.is(res.status, 403);
  t.is(res.body.error.code, 'NOT_BOUND');
});

test('months owed are listed in their place but left out of the year’s totals and of the years list', async (t) => {
  const api = await startApi(t);
  const person = await personWithCareer(api, FLEXIBLE);
  const { PaymentRecord } = api.deps.models;
  await PaymentRecord.updateMany({ personId: person.personId, period: { $in: ['2023-03', '2023-04'] } }, { $set: { status: 'arrears' } });
  await PaymentRecord.updateMany({ personId: person.personId, period: '2023-12' }, { $set: { status: 'declared' } });
  const paidMonth = await PaymentRecord.findOne({ personId: person.personId, period: '2023-01', type: 'pension' }).lean();
  const res = await records(api, person, '?year=2023&type=pension');
  t.is(res.status, 200);
  t.is(res.body.records.length, 12);
  t.deepEqual(
    res.body.records.filter((r: { status: string }) => r.status !== 'paid').map((r: { period: string; status: string }) => `${r.period} ${r.status}`),
    ['2023-03 arrears', '2023-04 arrears', '2023-12 declared'],
  );
  t.deepEqual(res.body.totals, { personal: 9 * paidMonth!.personal, employer: 9 * paidMonth!.employer, total: 9 * (paidMonth!.personal + paidMonth!.employer) });
  const years = await records(api, person, '/years');
  const year2023 = years.body.years.find((y: { year: number }) => y.year === 2023);
  t.is(year2023.months, 9);
  const wholeYear = await records(api, person, '?year=2023');
  const { year: _year, months: _months, ...totals } = year2023;
  t.deepEqual(totals, wholeYear.body.totals);
  t.is(years.body.years.find((y: { year: number }) => y.year === 2022).months, 12);
});
