import test from 'ava';
import { enqueue } from '../bff/src/services/outbox-service';
import { deliverDue } from '../bff/src/notify/worker';
import type { TestApi } from './helpers/api';
import { drain, messagingPerson, outbox, secondInstance, startNotifyApi, subscribe } from './helpers/notify';

const LOCK_TEMPLATE = 'wx-tmpl-lock';

async function lockNotice(api: TestApi, personId: string) {
  await enqueue(api.deps, { personId, kind: 'card.passwordLocked', payload: { cardId: '65f000000000000000000001' } });
}

async function quota(api: TestApi, accountId: string) {
  return (await api.deps.models.SubscriptionQuota.findOne({ accountId, templateId: LOCK_TEMPLATE }).lean())?.available;
}

test('one access token is fetched for every instance and kept encrypted in the database', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const other = await secondInstance(t, api);
  const person = await messagingPerson(api);
  await subscribe(api, person.token, LOCK_TEMPLATE, 2);
  await lockNotice(api, person.personId);
  t.is((await drain(api)).sent, 1);
  await lockNotice(api, person.personId);
  t.is((await deliverDue(other, { owner: 'instance-b' })).sent, 1);
  t.is(fake.wechat.delivered.length, 2);
  t.is(fake.wechat.tokens.length, 1);
  const stored = await api.deps.models.PlatformToken.collection.findOne({});
  t.false(JSON.stringify(stored).includes(fake.wechat.tokens[0] as string));
  t.false(api.log.text().includes(fake.wechat.tokens[0] as string));
});

test('the access token is refreshed a few minutes before it expires', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const person = await messagingPerson(api);
  await subscribe(api, person.token, LOCK_TEMPLATE, 3);
  await lockNotice(api, person.personId);
  await drain(api);
  api.clock.advance(100 * 60 * 1000);
  await lockNotice(api, person.personId);
  await drain(api);
  t.is(fake.wechat.tokens.length, 1);
  api.clock.advance(16 * 60 * 1000); // 116 minutes: inside the last five of 120
  await lockNotice(api, person.personId);
  await drain(api);
  t.is(fake.wechat.tokens.length, 2);
  t.is(fake.wechat.delivered.length, 3);
});

for (const errcode of [42001, 40001] as const) {
  test(`a token refused with ${errcode} is replaced at once and the send tried once more`, async (t) => {
    const { api, fake } = await startNotifyApi(t);
    const person = await messagingPerson(api);
    await subscribe(api, person.token, LOCK_TEMPLATE, 2);
    await lockNotice(api, person.personId);
    await drain(api);
    fake.wechat.rejectTokens(errcode);
    await lockNotice(api, person.personId);
    t.is((await drain(api)).sent, 1);
    t.is(fake.wechat.tokens.length, 2);
    t.is(fake.wechat.delivered.length, 2);
    t.is(fake.wechat.sends, 3);
    const last = (await outbox(api)).at(-1);
    t.like(last, { status: 'sent', attempts: 1 });
    t.is(await quota(api, person.accountId), 0);
  });
}

test('a person who refused is not retried: the channel fails for good, the centre still has it, the quota is cleared', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const person = await messagingPerson(api);
  await subscribe(api, person.token, LOCK_TEMPLATE, 3);
  fake.wechat.answers.set(person.subject, 43101);
  await lockNotice(api, person.personId);
  t.is((await drain(api)).failed, 1);
  const [record] = await outbox(api);
  t.like(record, { status: 'failed', attempts: 1 });
  t.like(record?.channels?.weapp, { status: 'failed', code: 'USER_REFUSED' });
  t.like(record?.channels?.inbox, { status: 'sent' });
  t.is(await quota(api, person.accountId), 0);
  t.is((await api.call('GET', '/api/v1/notifications/unread-count', { token: person.token })).body.unread, 1);
  api.clock.advance(24 * 60 * 60 * 1000);
  await drain(api);
  t.is(fake.wechat.sends, 1);
});

test('without subscription quota nothing is sent to wechat and the channel fails as QUOTA_EXHAUSTED', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const person = await messagingPerson(api);
  await lockNotice(api, person.personId);
  await drain(api);
  t.is(fake.wechat.sends, 0);
  t.like((await outbox(api))[0]?.channels?.weapp, { status: 'failed', code: 'QUOTA_EXHAUSTED' });
  await subscribe(api, person.token, LOCK_TEMPLATE, 1);
  await lockNotice(api, person.personId);
  await lockNotice(api, person.personId);
  const tally = await drain(api);
  t.deepEqual([tally.sent, tally.failed], [1, 1]);
  t.is(fake.wechat.delivered.length, 1);
  t.is(await quota(api, person.accountId), 0);
});

test('values are cut to their keyword limits, phrase fields are Chinese, and the language is the person’s', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const person = await messagingPerson(api);
  await subscribe(api, person.token, LOCK_TEMPLATE, 1);
  t.is((await api.call('PUT', '/api/v1/notifications/preferences', { token: person.token, body: { locale: 'en' } })).status, 200);
  await lockNotice(api, person.personId);
  await drain(api);
  const [message] = fake.wechat.delivered;
  t.is(message?.data.thing1, 'Service password lo…');
  t.is([...(message?.data.thing4 ?? '')].length, 20);
  t.is(message?.data.phrase2, '已锁定');
  t.regex(message?.data.time3 ?? '', /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
  t.is(message?.lang, 'en_US');
  t.is(message?.page, 'subpackages/card/password/index');
});
