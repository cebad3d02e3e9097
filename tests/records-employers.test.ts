import test from 'ava';
import { Types, type Connection } from 'mongoose';
import { RecordInput } from '../shared/src';
import { moveToEmployerKeys } from '../bff/src/db/record-keys';
import { writeRecords } from '../bff/src/services/records-import';
import { AGENCY_KEY, BANK_KEYS, boundPerson, makeIdNumber, SCANNER_KEY, startApi, type TestApi } from './helpers/api';
import { agencyMonth as month, records } from './helpers/records';

const FACTORY = '佛山禅城制造有限公司';
const DELIVERY = '广州天河配送有限公司';

const send = (api: TestApi, body: unknown) => api.call('POST', '/api/v1/agency/records', { headers: { 'X-Api-Key': AGENCY_KEY }, body });
const withdraw = (api: TestApi, body: unknown, key = AGENCY_KEY) => api.call('POST', '/api/v1/agency/records/withdrawals', { headers: { 'X-Api-Key': key }, body });
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

/** A record as the version before stored it: no employerKey, under the unique (person, month, type). */
const former = (personId: Types.ObjectId, type: string, employerName: string | null, employer: number) => ({
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

async function formerDatabase(connection: Connection, docs: object[]) {
  const collection = connection.collection('payment_records');
  await collection.createIndex({ personId: 1, period: 1, type: 1 }, { unique: true });
  await collection.insertMany(docs);
}

test('records stored under the former key (person, month, type) are moved to the new one at start-up', async (t) => {
  const personId = new Types.ObjectId();
  const other = new Types.ObjectId();
  const api = await startApi(t, {
    before: (connection) =>
      formerDatabase(connection, [
        former(personId, 'pension', FACTORY, 96_000),
        // Names were stored as sent, spaces and all, before imports trimmed them.
        former(personId, 'workInjury', ` ${FACTORY} `, 2_400),
        former(personId, 'maternity', FACTORY, 4_800),
        former(other, 'workInjury', null, 2_400),
      ]),
  });
  const { PaymentRecord } = api.deps.models;
  const indexes = await PaymentRecord.collection.indexes();
  t.falsy(indexes.find((i) => i.name === 'personId_1_period_1_type_1'), 'the former unique index is gone');
  t.like(indexes.find((i) => i.name === 'record_key'), { unique: true, key: { personId: 1, period: 1, type: 1, employerKey: 1 } });
  const keys = await PaymentRecord.find({ personId }, { _id: 0, type: 1, employerKey: 1 }).lean();
  t.deepEqual(Object.fromEntries(keys.map((k) => [k.type, k.employerKey])), { pension: '', workInjury: FACTORY, maternity: '' });
  t.is((await PaymentRecord.findOne({ personId: other }).lean())?.employerKey, '');

  // The same records sent again are the records already there, and a second employer's is new.
  const resent = [injury('2020-06', FACTORY, 2_400), injury('2020-06', DELIVERY, 1_200)].map((r) => RecordInput.parse(r));
  const again = await writeRecords(api.deps, String(personId), resent, 'agency');
  t.like(again, { received: 2, inserted: 1, updated: 1, unchanged: 0 });
  t.is(await PaymentRecord.countDocuments({ personId }), 4);
  const year = await PaymentRecord.find({ personId, type: 'workInjury' }, { _id: 0, employerName: 1 }).lean();
  t.deepEqual(year.map((r) => r.employerName).sort(), [DELIVERY, FACTORY].sort(), 'the name is stored trimmed once sent again');
});

test('a move stopped half-way is finished by the next start-up', async (t) => {
  const personId = new Types.ObjectId();
  const api = await startApi(t, {
    before: async (connection) => {
      await formerDatabase(connection, [former(personId, 'pension', FACTORY, 96_000), former(personId, 'workInjury', FACTORY, 2_400)]);
      // The first start-up keyed the pension record and built the new index, then stopped.
      const collection = connection.collection('payment_records');
      await collection.updateOne({ type: 'pension' }, { $set: { employerKey: '' } });
      await collection.createIndex({ personId: 1, period: 1, type: 1, employerKey: 1 }, { name: 'record_key', unique: true });
    },
  });
  const { PaymentRecord } = api.deps.models;
  const keys = await PaymentRecord.find({ personId }, { _id: 0, type: 1, employerKey: 1 }).lean();
  t.deepEqual(Object.fromEntries(keys.map((k) => [k.type, k.employerKey])), { pension: '', workInjury: FACTORY });
  t.falsy((await PaymentRecord.collection.indexes()).find((i) => i.name === 'personId_1_period_1_type_1'));
  t.is(await moveToEmployerKeys(PaymentRecord.db, api.deps.logger), 0, 'once moved, a start-up has nothing to do');
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

test('a work-injury record sent under the wrong employer is withdrawn, once, and the person\'s answers follow', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const typo = '佛山禅城制造有限公可';
  await send(api, { idNumber: person.idNumber, records: [month('2021-07'), injury('2021-07', typo, 2_400)] });
  // The correction sent as an import keeps the wrong one beside it: work injury is kept per employer.
  const corrected = await send(api, { idNumber: person.idNumber, records: [injury('2021-07', FACTORY, 2_400)] });
  t.like(corrected.body, { inserted: 1, version: 2 });
  const before = await records(api, person, '?year=2021');
  t.is(before.body.totals.employer, 96_000 + 4_800);

  const res = await withdraw(api, { idNumber: person.idNumber, records: [{ period: '2021-07', type: 'workInjury', employerName: ` ${typo}` }] });
  t.is(res.status, 200, JSON.stringify(res.body));
  t.deepEqual(res.body, { received: 1, withdrawn: 1, version: 3 });
  const after = await records(api, person, '?year=2021', { 'If-None-Match': before.headers.get('etag') as string });
  t.is(after.status, 200, 'the kept answer is not given again');
  t.deepEqual(after.body.records.map((r: { type: string; employerName: string }) => `${r.type} ${r.employerName}`), [`pension ${FACTORY}`, `workInjury ${FACTORY}`]);
  t.is(after.body.totals.employer, 96_000 + 2_400);

  const again = await withdraw(api, { idNumber: person.idNumber, records: [{ period: '2021-07', type: 'workInjury', employerName: typo }] });
  t.deepEqual(again.body, { received: 1, withdrawn: 0, version: 3 }, 'a retry finds nothing and changes nothing');
  t.is(await api.deps.models.AccessLog.countDocuments({ personId: person.personId, action: 'records.withdraw' }), 1);

  // Another type is named by month and type alone.
  t.like((await withdraw(api, { idNumber: person.idNumber, records: [{ period: '2021-07', type: 'pension' }] })).body, { withdrawn: 1, version: 4 });
  t.is(await api.deps.models.PaymentRecord.countDocuments({ personId: person.personId }), 1);
});

test('a withdrawal names work injury\'s employer and no other type\'s, comes from the agency, and finds its person', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  await send(api, { idNumber: person.idNumber, records: [month('2021-08'), injury('2021-08', FACTORY, 2_400)] });
  const issues = (res: { body: { error: { details: { issues: { path: string; message: string }[] } } } }) => res.body.error.details.issues.map((i) => `${i.path}: ${i.message}`);
  const cases: [unknown, string][] = [
    [{ period: '2021-08', type: 'workInjury' }, 'body.records.0.employerName: Name the employer: work injury is kept per employer'],
    [{ period: '2021-08', type: 'pension', employerName: FACTORY }, 'body.records.0.employerName: Only work injury is kept per employer'],
    [{ period: '2021-13', type: 'pension' }, 'body.records.0.period: Expected a month as YYYY-MM'],
  ];
  for (const [record, issue] of cases) {
    const res = await withdraw(api, { idNumber: person.idNumber, records: [record] });
    t.is(res.status, 400);
    t.deepEqual(issues(res), [issue]);
  }
  const twice = await withdraw(api, { idNumber: person.idNumber, records: [{ period: '2021-08', type: 'pension' }, { period: '2021-08', type: 'pension' }] });
  t.deepEqual(issues(twice), ['body.records.1.period: The same record appears twice']);
  t.deepEqual(issues(await withdraw(api, { idNumber: person.idNumber, records: [] })), ['body.records: Too small: expected array to have >=1 items']);
  for (const key of [BANK_KEYS.ICBC, SCANNER_KEY, 'agency-key-guess-00000']) {
    t.is((await withdraw(api, { idNumber: person.idNumber, records: [{ period: '2021-08', type: 'pension' }] }, key)).status, 401);
  }
  const unknown = await withdraw(api, { idNumber: makeIdNumber(), records: [{ period: '2021-08', type: 'pension' }] });
  t.is(unknown.status, 404);
  t.is(unknown.body.error.code, 'RECORDS_PERSON_UNKNOWN');
  t.is(await api.deps.models.PaymentRecord.countDocuments({ personId: person.personId }), 2, 'nothing refused was removed');
});
