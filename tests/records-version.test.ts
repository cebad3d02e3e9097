import test from 'ava';
import { finishAbandonedChanges } from '../bff/src/services/records-etag';
import { AGENCY_KEY, boundPerson, startApi, type TestApi } from './helpers/api';
import { agencyMonth as month, records } from './helpers/records';

const send = (api: TestApi, body: unknown, path = '/api/v1/agency/records') => api.call('POST', path, { headers: { 'X-Api-Key': AGENCY_KEY }, body });

/** The next version bump fails, as a timeout or a failover would fail it after the records were written. */
function failNextBump(api: TestApi) {
  const { RecordsMeta } = api.deps.models;
  const bump = RecordsMeta.findOneAndUpdate;
  RecordsMeta.findOneAndUpdate = function () {
    RecordsMeta.findOneAndUpdate = bump;
    throw new Error('database gone for a moment');
  } as unknown as typeof bump;
  return () => (RecordsMeta.findOneAndUpdate = bump);
}

test('an import whose version bump failed does not leave the kept answers current for good', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  await send(api, { idNumber: person.idNumber, records: [month('2021-03')] });
  const before = await records(api, person, '/summary');
  t.like(before.body.types[0], { type: 'pension', monthsPaid: 1 });
  const etag = before.headers.get('etag') as string;

  t.teardown(failNextBump(api));
  t.is((await send(api, { idNumber: person.idNumber, records: [month('2021-04')] })).status, 500);
  // The agency's retry finds its record written: nothing changes, so the retry bumps nothing.
  const retry = await send(api, { idNumber: person.idNumber, records: [month('2021-04')] });
  t.like(retry.body, { inserted: 0, updated: 0, unchanged: 1, version: 1 });

  t.is(await finishAbandonedChanges(api.deps), 0, 'a change is left to its own request for a minute');
  api.clock.advance(61_000);
  t.is(await finishAbandonedChanges(api.deps), 1);
  const after = await records(api, person, '/summary', { 'If-None-Match': etag });
  t.is(after.status, 200, 'the answer kept from before the import is no longer current');
  t.like(after.body.types[0], { type: 'pension', monthsPaid: 2 });
  const meta = await api.deps.models.RecordsMeta.findOne({ personId: person.personId }).lean();
  t.like(meta, { version: 2, changes: [] });
  t.is(meta?.changing, undefined);
  t.is(await finishAbandonedChanges(api.deps), 0);
});

test('a withdrawal whose version bump failed is caught up the same way', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  await send(api, { idNumber: person.idNumber, records: [month('2021-03'), month('2021-04')] });
  const etag = (await records(api, person, '?year=2021')).headers.get('etag') as string;
  t.teardown(failNextBump(api));
  const body = { idNumber: person.idNumber, records: [{ period: '2021-04', type: 'pension' }] };
  t.is((await send(api, body, '/api/v1/agency/records/withdrawals')).status, 500);
  t.like((await send(api, body, '/api/v1/agency/records/withdrawals')).body, { withdrawn: 0, version: 1 });
  api.clock.advance(61_000);
  t.is(await finishAbandonedChanges(api.deps), 1);
  const year = await records(api, person, '?year=2021', { 'If-None-Match': etag });
  t.is(year.status, 200);
  t.deepEqual(year.body.records.map((r: { period: string }) => r.period), ['2021-03']);
});

test('changes that finish leave no note behind, and the sweep finds nothing', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  await send(api, { idNumber: person.idNumber, records: [month('2021-03')] });
  await send(api, { idNumber: person.idNumber, records: [month('2021-03')] });
  const meta = await api.deps.models.RecordsMeta.findOne({ personId: person.personId }).lean();
  t.like(meta, { version: 1, changes: [] });
  t.is(meta?.changing, undefined);
  api.clock.advance(61_000);
  t.is(await finishAbandonedChanges(api.deps), 0);
  const indexes = await api.deps.models.RecordsMeta.collection.indexes();
  t.like(indexes.find((i) => i.name === 'records_changing'), { partialFilterExpression: { changing: true } });
});
