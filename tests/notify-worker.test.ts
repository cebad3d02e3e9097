import test from 'ava';
import { MAIN_STAGES } from '../shared/src';
import { deliver } from '../bff/src/notify/deliver';
import { claimNext, finish } from '../bff/src/notify/lease';
import { startNotificationWorker } from '../bff/src/notify/worker';
import type { TestApi } from './helpers/api';
import { advanceTo, applicant, branchBody, submit } from './helpers/applications';
import { drain, giveAddress, outbox, secondInstance, startNotifyApi, STAGE_TEMPLATE, subscribe } from './helpers/notify';

const STAGE_NAMES_ZH = ['审核中', '已开户', '制卡中', '市行已签收', '网点已签收', '可领卡', '已激活'];

/**
 * A person with a WeChat address and enough subscriptions, and their application walked to
 * activation. One more than the seven stage changes: the last unit is kept for a key stage, and
 * some tests here send the first change (under review) last.
 */
async function walkedApplication(api: TestApi) {
  const person = await giveAddress(api, await applicant(api));
  await subscribe(api, person.token, STAGE_TEMPLATE, MAIN_STAGES.length);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await advanceTo(api, created.body.id, 'activated');
  return { person, applicationId: created.body.id as string };
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test('an application moved through its stages gives one wechat message per stage change and its message-centre entries', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const { person, applicationId } = await walkedApplication(api);
  const tally = await drain(api);
  t.is(tally.sent, 7);
  t.deepEqual(fake.wechat.delivered.map((m) => m.data.phrase2), STAGE_NAMES_ZH);
  t.true(fake.wechat.delivered.every((m) => m.to === person.subject && m.templateId === STAGE_TEMPLATE));
  t.is(fake.wechat.delivered[0]?.page, `subpackages/applications/detail/index?id=${applicationId}`);
  const centre = await api.call('GET', '/api/v1/notifications', { token: person.token, headers: { 'accept-language': 'en' } });
  t.is(centre.status, 200);
  t.is(centre.body.unread, 7);
  t.deepEqual(centre.body.notifications.map((n: { body: string }) => n.body)[0], 'You have collected and activated your card. It is ready to use.');
  t.true(centre.body.notifications.every((n: { link: { id: string } }) => n.link.id === applicationId));
  // Nothing is sent twice, however often the worker runs again.
  api.clock.advance(24 * 60 * 60 * 1000);
  t.is((await drain(api)).sent, 0);
  t.is(fake.wechat.delivered.length, 7);
  t.true((await outbox(api)).every((r) => r.status === 'sent' && r.channels?.inbox?.status === 'sent' && r.channels?.weapp?.status === 'sent'));
});

test('two workers on two instances running at once send each stage change exactly once', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const other = await secondInstance(t, api);
  await walkedApplication(api);
  await walkedApplication(api);
  const stops = [startNotificationWorker(api.deps, { owner: 'instance-a', pollMs: 20 }), startNotificationWorker(other, { owner: 'instance-b', pollMs: 20 })];
  t.teardown(() => Promise.all(stops.map((stop) => stop())));
  await waitFor(async () => (await api.deps.models.Outbox.countDocuments({ status: 'sent' })) === 14, 'every notice sent');
  await Promise.all(stops.map((stop) => stop()));
  t.is(fake.wechat.delivered.length, 14);
  const distinct = new Set(fake.wechat.delivered.map((m) => `${m.to}|${m.data.phrase2}`));
  t.is(distinct.size, 14);
  t.is(await api.deps.models.Notification.countDocuments({}), 14);
});

test('a record claimed by a worker that died is taken over once its lease expires, and sent once', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  await walkedApplication(api);
  const abandoned = await claimNext(api.deps, 'worker-that-died', 60_000);
  t.truthy(abandoned);
  // The other six go out; the claimed one waits for its lease.
  t.is((await drain(api)).sent, 6);
  t.is(await api.deps.models.Outbox.countDocuments({ status: 'sending', leaseOwner: 'worker-that-died' }), 1);
  api.clock.advance(59_000);
  t.is((await drain(api)).sent, 0);
  api.clock.advance(1_001);
  t.is((await drain(api)).sent, 1);
  t.is(fake.wechat.delivered.length, 7);
  t.is(new Set(fake.wechat.delivered.map((m) => m.data.phrase2)).size, 7);
  const record = await api.deps.models.Outbox.findById(abandoned?.record._id).lean();
  t.like(record, { status: 'sent', attempts: 2, leaseId: null });
});

test('a worker whose lease was taken over can change nothing and sends nothing', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  await walkedApplication(api);
  const slow = await claimNext(api.deps, 'slow-worker', 60_000);
  if (!slow) throw new Error('nothing to claim');
  api.clock.advance(60_001);
  await drain(api);
  t.is(fake.wechat.delivered.length, 7);
  t.is(await deliver(api.deps, slow, { leaseMs: 60_000, maxAttempts: 8 }), 'lost');
  t.false(await finish(api.deps, slow, 'failed'));
  t.is(fake.wechat.delivered.length, 7);
  t.is((await api.deps.models.Outbox.findById(slow.record._id).lean())?.status, 'sent');
});

test('one subscription is kept for the stage the person must act on: "ready to collect", not "under review"', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const person = await giveAddress(api, await applicant(api));
  // One tap when applying allows one message.
  await subscribe(api, person.token, STAGE_TEMPLATE, 1);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await advanceTo(api, created.body.id, 'readyToCollect');
  await drain(api);
  t.deepEqual(fake.wechat.delivered.map((m) => m.data.phrase2), ['可领卡']);
  const records = await outbox(api);
  const weapp = (to: string) => records.find((r) => (r.payload as { to?: string }).to === to)?.channels?.weapp;
  t.like(weapp('review'), { status: 'failed', code: 'QUOTA_KEPT_FOR_KEY_STAGE' });
  t.like(weapp('readyToCollect'), { status: 'sent' });
  t.true(records.every((r) => r.channels?.inbox?.status === 'sent'), 'every stage is in the message centre');
  // With more than one allowed, each stage is sent while one is left for the key stages.
  const other = await giveAddress(api, await applicant(api));
  await subscribe(api, other.token, STAGE_TEMPLATE, 3);
  const second = await submit(api, other.token, branchBody(other.photoId));
  await advanceTo(api, second.body.id, 'readyToCollect');
  fake.wechat.delivered.length = 0;
  await drain(api);
  t.deepEqual(fake.wechat.delivered.map((m) => m.data.phrase2), ['审核中', '已开户', '可领卡']);
});
