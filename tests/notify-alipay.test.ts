import test from 'ava';
import { enqueue } from '../bff/src/services/outbox-service';
import type { TestApi } from './helpers/api';
import { drain, messagingPerson, outbox, startNotifyApi, subscribe } from './helpers/notify';

async function lockedNotice(api: TestApi, personId: string) {
  await enqueue(api.deps, { personId, kind: 'card.passwordLocked', payload: { cardId: '65f000000000000000000005' } });
}

test('an alipay person gets an rsa2-signed template message with its fields filled', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const person = await messagingPerson(api, 'alipay');
  await subscribe(api, person.token, 'ali-tmpl-lock', 1);
  await lockedNotice(api, person.personId);
  t.is((await drain(api)).sent, 1);
  t.is(fake.alipay.badSignatures, 0);
  const [message] = fake.alipay.delivered;
  t.like(message, { to: person.subject, templateId: 'ali-tmpl-lock', page: 'subpackages/card/password/index' });
  t.like(message?.data, { keyword1: '社保卡服务密码已锁定', keyword2: '已锁定' });
  t.is(fake.wechat.sends, 0);
});

test('an answer not signed by alipay is not trusted: the message is retried later, not counted as sent', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const person = await messagingPerson(api, 'alipay');
  await subscribe(api, person.token, 'ali-tmpl-lock', 1);
  fake.alipay.forge = true;
  await lockedNotice(api, person.personId);
  t.is((await drain(api)).retry, 1);
  const [record] = await outbox(api);
  t.like(record?.channels?.alipay, { status: 'pending', code: 'UPSTREAM_UNAVAILABLE' });
  t.is((await api.deps.models.SubscriptionQuota.findOne({ accountId: person.accountId }).lean())?.available, 1);
});

test('a template or subscription alipay refuses fails for good and is not retried', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const refused = await messagingPerson(api, 'alipay');
  const badTemplate = await messagingPerson(api, 'alipay');
  for (const person of [refused, badTemplate]) await subscribe(api, person.token, 'ali-tmpl-lock', 1);
  fake.alipay.answers.set(refused.subject, 'USER_NOT_SUBSCRIBED');
  fake.alipay.answers.set(badTemplate.subject, 'USER_TEMPLATE_ILLEGAL');
  await lockedNotice(api, refused.personId);
  await lockedNotice(api, badTemplate.personId);
  t.is((await drain(api)).failed, 2);
  const codes = (await outbox(api)).map((r) => r.channels?.alipay?.code);
  t.deepEqual(codes, ['USER_REFUSED', 'TEMPLATE_INVALID']);
  api.clock.advance(24 * 60 * 60 * 1000);
  t.deepEqual(await drain(api), { sent: 0, failed: 0, retry: 0, dead: 0, lost: 0 });
});

test('when alipay says the subscriptions are used up, none are counted and later notices do not call it', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const person = await messagingPerson(api, 'alipay');
  await subscribe(api, person.token, 'ali-tmpl-lock', 2);
  fake.alipay.answers.set(person.subject, 'USER_SEND_COUNT_LIMIT');
  await lockedNotice(api, person.personId);
  t.is((await drain(api)).failed, 1);
  t.is((await outbox(api))[0]?.channels?.alipay?.code, 'QUOTA_EXHAUSTED');
  const left = await api.deps.models.SubscriptionQuota.findOne({ accountId: person.accountId, templateId: 'ali-tmpl-lock' }).lean();
  t.is(left?.available, 0, 'the platform holds none for us, whatever we counted');
  fake.alipay.answers.delete(person.subject);
  await lockedNotice(api, person.personId);
  t.is((await drain(api)).failed, 1);
  t.is(fake.alipay.delivered.length, 0, 'nothing was sent to alipay for the second notice');
});
