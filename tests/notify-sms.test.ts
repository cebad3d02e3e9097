import test from 'ava';
import { tc3Authorization } from '../bff/src/platforms/tc3-sign';
import { tencentSmsSender } from '../bff/src/platforms/tencent-sms';
import { enqueue } from '../bff/src/services/outbox-service';
import { boundPerson, type TestApi } from './helpers/api';
import type { FakeMessaging } from './helpers/fake-messaging';
import { drain, outbox, startNotifyApi } from './helpers/notify';

const TEMPLATES = { login: '1001', bind: '1002', passwordReset: '1003', 'card.passwordLocked': '2001', 'card.passwordLocked@en': '2002' };

function useTencent(api: TestApi, fake: FakeMessaging, secretKey = fake.secrets.tencentSms.secretKey) {
  api.deps.sms = tencentSmsSender({ ...fake.secrets.tencentSms, secretKey }, { endpoint: fake.smsEndpoint, region: 'ap-guangzhou', templates: TEMPLATES, now: api.deps.now });
}

async function lockedNotice(api: TestApi, personId: string) {
  await enqueue(api.deps, { personId, kind: 'card.passwordLocked', payload: { cardId: '65f000000000000000000004' } });
}

test('signs exactly as the worked example of Tencent Cloud’s signature v3 page', (t) => {
  const authorization = tc3Authorization({
    secretId: 'AKIDEXAMPLE',
    secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
    service: 'cvm',
    timestamp: 1551113065,
    headers: { 'Content-Type': 'application/json; charset=utf-8', Host: 'cvm.tencentcloudapi.com' },
    payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
  });
  t.is(authorization, 'TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168');
});

test('login codes go out through Tencent Cloud SendSms, signed, in the login template', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  useTencent(api, fake);
  t.is((await api.call('POST', '/api/v1/auth/sms', { body: { phone: '13912345678' } })).status, 200);
  t.is(fake.sms.badSignatures, 0);
  const [text] = fake.sms.delivered;
  t.like(text, { phone: '+8613912345678', templateId: '1001' });
  t.is(text?.params[1], '5');
  const login = await api.call('POST', '/api/v1/auth/login/h5', { body: { phone: '13912345678', code: text?.params[0] } });
  t.is(login.status, 200);
  t.false(api.log.text().includes(fake.secrets.tencentSms.secretKey));
});

test('a code the provider could not send is a 503, and asking again is not held back by the cooldown', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  useTencent(api, fake);
  fake.sms.requestError = 'InternalError.Timeout';
  const failed = await api.call('POST', '/api/v1/auth/sms', { body: { phone: '13912345679' } });
  t.is(failed.status, 503);
  t.is(failed.body.error.code, 'SMS_UNAVAILABLE');
  fake.sms.requestError = null;
  t.is((await api.call('POST', '/api/v1/auth/sms', { body: { phone: '13912345679' } })).status, 200);
  t.is(fake.sms.delivered.length, 1);
});

test('an sms notice goes out only to a person who opted in, in the template of their language', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  useTencent(api, fake);
  const optedIn = await boundPerson(api, { platform: 'h5' });
  const silent = await boundPerson(api, { platform: 'h5' });
  await api.call('PUT', '/api/v1/notifications/preferences', { token: optedIn.token, body: { locale: 'en', kinds: { 'card.passwordLocked': { sms: true } } } });
  await lockedNotice(api, optedIn.personId);
  await lockedNotice(api, silent.personId);
  t.is((await drain(api)).sent, 2);
  t.deepEqual(fake.sms.delivered, [{ phone: `+86${optedIn.phone}`, templateId: '2002', params: [] }]);
  const records = await outbox(api);
  t.like(records.find((r) => String(r.personId) === silent.personId)?.channels?.sms, { status: 'skipped', code: 'NOT_WANTED' });
});

test('a number the provider refuses fails for good; a provider limit or bad credentials are retried', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  useTencent(api, fake);
  const person = await boundPerson(api, { platform: 'h5' });
  await api.call('PUT', '/api/v1/notifications/preferences', { token: person.token, body: { kinds: { 'card.passwordLocked': { sms: true } } } });
  fake.sms.statusCode = 'InvalidParameterValue.IncorrectPhoneNumber';
  await lockedNotice(api, person.personId);
  t.is((await drain(api)).failed, 1);
  fake.sms.statusCode = 'Ok';
  fake.sms.requestError = 'LimitExceeded.PhoneNumberDailyLimit';
  await lockedNotice(api, person.personId);
  t.is((await drain(api)).retry, 1);
  fake.sms.requestError = null;
  useTencent(api, fake, 'not-the-secret-key');
  await lockedNotice(api, person.personId);
  t.is((await drain(api)).retry, 1);
  t.is(fake.sms.badSignatures, 1);
  const codes = (await outbox(api)).map((r) => r.channels?.sms?.code);
  t.deepEqual(codes, ['InvalidParameterValue.IncorrectPhoneNumber', 'LimitExceeded.PhoneNumberDailyLimit', 'AuthFailure.SignatureFailure']);
  useTencent(api, fake);
  api.clock.advance(60 * 60 * 1000);
  t.is((await drain(api)).sent, 2);
  t.is(fake.sms.delivered.length, 2);
});
