import test from 'ava';
import { BASE_DELAY_MS } from '../bff/src/notify/backoff';
import { claimNext } from '../bff/src/notify/lease';
import { enqueue } from '../bff/src/services/outbox-service';
import { AGENCY_KEY, type TestApi } from './helpers/api';
import { drain, messagingPerson, OPERATOR_KEY, outbox, startNotifyApi, subscribe } from './helpers/notify';

const DEAD = '/api/v1/operator/notifications/dead-letters';
const operator = { 'x-api-key': OPERATOR_KEY };

async function lostCardNotice(api: TestApi) {
  const person = await messagingPerson(api);
  await subscribe(api, person.token, 'wx-tmpl-loss', 1);
  await enqueue(api.deps, { personId: person.personId, kind: 'card.lossLifted', payload: { cardId: '65f000000000000000000002', reason: 'expired' } });
  return person;
}

test('an outage is retried with growing jittered back-off, then dead-lettered, and an operator retry delivers it once', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const person = await lostCardNotice(api);
  fake.wechat.down = true;
  const delays: number[] = [];
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const before = api.clock.now.getTime();
    await drain(api, { maxAttempts: 3 });
    const [record] = await outbox(api);
    if (record?.status === 'pending') delays.push(record.nextAttemptAt.getTime() - before);
    api.clock.advance(10 * 60 * 1000);
  }
  // Half fixed, half random (the tests' random is 0.5): 3/4 of 30 s, then of 60 s.
  t.deepEqual(delays, [0.75 * BASE_DELAY_MS, 1.5 * BASE_DELAY_MS]);
  const [dead] = await outbox(api);
  t.like(dead, { status: 'dead', attempts: 3, lastError: { code: 'UPSTREAM_UNAVAILABLE' } });
  t.like(dead?.channels?.inbox, { status: 'sent' });
  t.like(dead?.channels?.weapp, { status: 'pending', attempts: 3 });
  // The subscription was given back each time: no message went out.
  t.is((await api.deps.models.SubscriptionQuota.findOne({ accountId: person.accountId }).lean())?.available, 1);

  const listed = await api.call('GET', DEAD, { headers: operator });
  t.is(listed.status, 200);
  t.like(listed.body.deadLetters[0], { id: String(dead?._id), kind: 'card.lossLifted', attempts: 3, lastError: { code: 'UPSTREAM_UNAVAILABLE' } });
  t.false(JSON.stringify(listed.body).includes(person.personId));
  fake.wechat.down = false;
  const retried = await api.call('POST', `${DEAD}/${dead?._id}/retry`, { headers: operator });
  t.deepEqual(retried.body, { id: String(dead?._id), status: 'pending' });
  t.is((await drain(api)).sent, 1);
  t.is(fake.wechat.delivered.length, 1);
  t.is(await api.deps.models.Notification.countDocuments({}), 1);
  t.deepEqual((await api.call('GET', DEAD, { headers: operator })).body.deadLetters, []);
});

test('retrying a record that is not dead is a conflict, an unknown one is not found', async (t) => {
  const { api } = await startNotifyApi(t);
  await lostCardNotice(api);
  const [record] = await outbox(api);
  const conflict = await api.call('POST', `${DEAD}/${record?._id}/retry`, { headers: operator });
  t.is(conflict.status, 409);
  t.is(conflict.body.error.code, 'NOT_DEAD_LETTER');
  t.is((await api.call('POST', `${DEAD}/65f0000000000000000000ff/retry`, { headers: operator })).status, 404);
});

test('the operator API refuses callers without an operator key, agency keys included', async (t) => {
  const { api } = await startNotifyApi(t);
  const callers: Record<string, string>[] = [{}, { 'x-api-key': AGENCY_KEY }, { 'x-api-key': 'operator-key-for-tests-0002' }];
  for (const headers of callers) {
    t.is((await api.call('GET', DEAD, { headers })).status, 401);
    t.is((await api.call('POST', `${DEAD}/65f0000000000000000000ff/retry`, { headers })).status, 401);
  }
});

test('a record that killed its worker on its last attempt goes to the dead letters at its next claim', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  await lostCardNotice(api);
  await api.deps.models.Outbox.updateMany({}, { $set: { attempts: 3 } });
  await claimNext(api.deps, 'worker-that-crashed', 60_000);
  api.clock.advance(60_001);
  t.is((await drain(api, { maxAttempts: 3 })).dead, 1);
  t.is(fake.wechat.sends, 0);
});
