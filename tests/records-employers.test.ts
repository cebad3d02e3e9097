import test from 'ava';
import { Types } from 'mongoose';
import { moveToEmployerKeys } from '../bff/src/db/record-keys';
import { writeRecords } from '../bff/src/services/records-import';
import { AGENCY_KEY, boundPerson, startApi, type TestApi } from './helpers/api';
import { agencyMonth as month, records } from './helpers/records';

const FACTORY = '佛山禅城制造有限公司';
const DELIVERY = '广州天河配送有限公司';

const send = (api: TestApi, body: unknown) => api.call('POST', '/api/v1/agency/records', { headers: { 'X-Api-Key': AGENCY_KEY }, body });
const injury = (period: string, employerName: string, employer: number, overrides: Record<string, unknown> = {}) =>
  month(period, { type: 'workInjury', personal: 0, employer, total: employer, employerName, ...overrides });

test('work injury paid by two employers for one month is kept twice; the other types are replaced', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const first = await send(api, { idNumber: person.idNumber, records: [month('2021-03'), injury('2021-03', FACTORY, 2_400), injury('2021-03', DELIVERY, 1_200)] });
  t.like(first.body, { received: 3, inserted: 3, updated: 0 });
  // The second employer's corrected amount replaces its own record only.
  t.like((await send(api, { idNumber: person.idNumber, records: [injury('2021-03', DELIVERY, 1_500)] })).body, { inserted: 0, updated: 1 });
  // Pension has one payer a month: another employer's report of it is a correction.
  t.like((await send(api, { idNumber: person.idNumber, records: [month('2021-03', { employerName: DELIVERY })] })).body, { inserted: 0, updated: 1 });

  const { PaymentRecord } = api.deps.models;
  const march = await PaymentRecord.find({ personId: person.personId, period: '2021-03' }, { type: 1, employerName: 1, employer: 1 }).sort({ type: 1, employerName: 1 }).lean();
  t.deepEqual(
    march.map((r) => `${r.type} ${r.employerName} ${r.employer}`).sort(),
    [`pension ${DELIVERY} 96000`, `workInjury ${DELIVERY} 1500`, `workInjury ${FACTORY} 2400`].sort(),
  );

  const year = await records(api, person, '?year=2021');
  t.is(year.status, 200);
  const rows = year.body.records.map((r: { type: string; employerName: string }) => `${r.type} ${r.employerName}`);
  t.is(rows[0], `pension ${DELIVERY}`, 'the usual order of types first');
  t.deepEqual(rows.slice(1).sort(), [`workInjury ${DELIVERY}`, `workInjury ${FACTORY}`].sort());
  t.deepEqual(year.body.totals, { personal: 48_000, employer: 96_000 + 2_400 + 1_500, total: 48_000 + 96_000 + 3_900 });

  const summary = await records(api, person, '/summary');
  const work = summary.body.types.find((s: { type: string }) => s.type === 'workInjury');
  t.like(work, { monthsPaid: 1, paidFor: { years: 0, months: 1 }, firstPeriod: '2021-03', lastPeriod: '2021-03', gaps: [], totals: { personal: 0, employer: 3_900 } });

  const statement = await records(api, person, '/statements/2021');
  t.is(statement.status, 200);
  t.like(
    statement.body.types.find((s: { type: string }) => s.type === 'workInjury'),
    { monthsPaid: 1, employer: 3_900, base: { min: 600_000, max: 600_000 } },
  );
  t.like((await records(api, person, '/years')).body.years[0], { year: 2021, months: 1, employer: 96_000 + 3_900 });
});

test('a month owed by two employers is one month and one type owed', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const owed = { status: 'arrears' };
  const res = await send(api, { idNumber: person.idNumber, records: [month('2021-04'), injury('2021-04', FACTORY, 2_400, owed), injury('2021-04', DELIVERY, 1_200, owed)] });
  t.is(res.status, 200);
  const summary = await records(api, person, '/summary');
  t.deepEqual(summary.body.pending, [{ period: '2021-04', status: 'arrears', types: ['workInjury'], personal: 0, employer: 3_600 }]);
  t.like(summary.body.types.find((s: { type: string }) => s.type === 'workInjury'), { monthsPaid: 0, gaps: [{ from: '2021-04', to: '2021-04', months: 1 }] });
});

test('one batch may not carry the same employer\'s work injury for a month twice', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const res = await send(api, { idNumber: person.idNumber, records: [injury('2021-05', FACTORY, 2_400), injury('2021-05', DELIVERY, 1_200), injury('2021-05', ` ${FACTORY} `, 2_500)] });
  t.is(res.status, 400);
  t.deepEqual(
    res.body.error.details.issues.map((i: { path: string; message: string }) => [i.path, i.message]),
    [['body.records.2.period', 'The same month, type and employer appear twice']],
  );
  t.is(await api.deps.models.PaymentRecord.countDocuments({ personId: person.personId }), 0, 'nothing of a refused batch is written');
});

test('records stored under the former key (person, month, type) are moved to the new one at start-up', async (t) => {
  const personId = new Types.ObjectId();
  const old = (type: string, employerName: string | null, employer: number) => ({
    personId,
    period: '2020-06',
    type,
    base: 600_000,
    personal: 0,
    employer,
    payer: 'employer',
    employerName,
    place: { city: '佛山市', district: '禅城区' },
    status: 'paid',
    source: 'seed',
    createdAt: new Date('2020-07-01T00:00:00Z'),
  });
  const api = await startApi(t, {
    before: async (connection) => {
      const collection = connection.collection('payment_records');
      await collection.createIndex({ personId: 1, period: 1, type: 1 }, { unique: true });
      await collection.insertMany([old('pension', FACTORY, 96_000), old('workInjury', FACTORY, 2_400), old('maternity', FACTORY, 4_800)]);
    },
  });
  const { PaymentRecord } = api.deps.models;
  const indexes = await PaymentRecord.collection.indexes();
  t.falsy(indexes.find((i) => i.name === 'personId_1_period_1_type_1'), 'the former unique index is gone');
  t.like(indexes.find((i) => i.name === 'record_key'), { unique: true, key: { personId: 1, period: 1, type: 1, employerKey: 1 } });
  t.like(indexes.find((i) => i.name === 'record_months'), { key: { personId: 1, period: 1, type: 1 } });
  t.falsy(indexes.find((i) => i.name === 'record_months')?.unique);
  const keys = await PaymentRecord.find({ personId }, { _id: 0, type: 1, employerKey: 1 }).lean();
  t.deepEqual(Object.fromEntries(keys.map((k) => [k.type, k.employerKey])), { pension: '', workInjury: FACTORY, maternity: '' });

  // The same records sent again are the records already there, and a second employer's is new.
  const again = await writeRecords(api.deps, String(personId), [injury('2020-06', FACTORY, 2_400), injury('2020-06', DELIVERY, 1_200)].map((r) => ({ ...r, payer: 'employer' as const })) as never, 'agency');
  t.like(again, { received: 2, inserted: 1, updated: 0, unchanged: 1 });
  t.is(await PaymentRecord.countDocuments({ personId }), 4);
  t.is(await moveToEmployerKeys(api.deps.models.PaymentRecord.db, api.deps.logger), 0, 'a second start-up finds nothing to move');
});

test('a payment record\'s key is unique: the same employer\'s month of work injury cannot be stored twice', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  await send(api, { idNumber: person.idNumber, records: [injury('2021-06', FACTORY, 2_400)] });
  const stored = await api.deps.models.PaymentRecord.findOne({ personId: person.personId }).lean();
  const { _id: _ignored, ...copy } = stored!;
  const error = await t.throwsAsync(api.deps.models.PaymentRecord.collection.insertOne({ ...copy }));
  t.is((error as { code?: number }).code, 11000);
});
