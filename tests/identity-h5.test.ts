import test from 'ava';
import { SMS_CODE_TTL_MS } from '../bff/src/services/sms-code-service';
import { startApi, type TestApi } from './helpers/api';

const PHONE = '13812345678';

async function sendCode(api: TestApi, phone = PHONE) {
  const res = await api.call('POST', '/api/v1/auth/sms', { body: { phone } });
  return { res, code: api.sms.lastCodeFor(phone) };
}

test('an sms login sends a code to the phone and logs in with it', async (t) => {
  const api = await startApi(t);
  const { res, code } = await sendCode(api);
  t.is(res.status, 200);
  t.deepEqual(res.body, { phoneMasked: '138****5678', expiresInSeconds: 300, resendInSeconds: 60 });
  t.regex(code ?? '', /^\d{6}$/);
  const login = await api.call('POST', '/api/v1/auth/login/h5', { body: { phone: PHONE, code } });
  t.is(login.status, 200);
  t.false(login.body.bound);
  const me = await api.call('GET', '/api/v1/me', { token: login.body.token });
  t.is(me.body.platform, 'h5');
  const account = await api.deps.models.Account.collection.findOne({});
  t.is(account?.subjectIdx, api.deps.cipher.index('h5:subject', PHONE));
  t.false(JSON.stringify(account).includes(PHONE));
  t.false(api.log.text().includes(PHONE));
});

test('a wrong sms code is refused and says how many attempts are left', async (t) => {
  const api = await startApi(t);
  const { code } = await sendCode(api);
  const wrong = code === '000000' ? '111111' : '000000';
  const res = await api.call('POST', '/api/v1/auth/login/h5', { body: { phone: PHONE, code: wrong } });
  t.is(res.status, 400);
  t.is(res.body.error.code, 'SMS_CODE_INVALID');
  t.is(res.body.error.details.attemptsLeft, 4);
  t.is(await api.deps.models.Session.countDocuments({}), 0);
});

test('an expired sms code is refused', async (t) => {
  const api = await startApi(t);
  const { code } = await sendCode(api);
  api.clock.advance(SMS_CODE_TTL_MS + 1000);
  const res = await api.call('POST', '/api/v1/auth/login/h5', { body: { phone: PHONE, code } });
  t.is(res.status, 400);
  t.is(res.body.error.code, 'SMS_CODE_EXPIRED');
});

test('an sms code works only once', async (t) => {
  const api = await startApi(t);
  const { code } = await sendCode(api);
  t.is((await api.call('POST', '/api/v1/auth/login/h5', { body: { phone: PHONE, code } })).status, 200);
  const again = await api.call('POST', '/api/v1/auth/login/h5', { body: { phone: PHONE, code } });
  t.is(again.status, 400);
  t.is(again.body.error.code, 'SMS_CODE_EXPIRED');
});

test('a code sent to one phone does not log in another', async (t) => {
  const api = await startApi(t);
  const { code } = await sendCode(api);
  const res = await api.call('POST', '/api/v1/auth/login/h5', { body: { phone: '13900001111', code } });
  t.is(res.status, 400);
  t.is(res.body.error.code, 'SMS_CODE_EXPIRED');
  t.is(await api.deps.models.Account.countDocuments({}), 0);
});

test('one client cannot have codes sent to many phones', async (t) => {
  const api = await startApi(t);
  for (let i = 0; i < 10; i++) t.is((await sendCode(api, `1370000000${i}`)).res.status, 200);
  const res = await api.call('POST', '/api/v1/auth/sms', { body: { phone: '13711111111' } });
  t.is(res.status, 429);
  t.is(res.body.error.code, 'RATE_LIMITED');
  t.truthy(res.headers.get('retry-after'));
  t.is(api.sms.sent.length, 10);
});

test('one client cannot keep guessing codes across phones', async (t) => {
  const api = await startApi(t);
  for (let i = 0; i < 20; i++) {
    const res = await api.call('POST', '/api/v1/auth/login/h5', { body: { phone: `1360000${String(i).padStart(4, '0')}`, code: '123456' } });
    t.is(res.status, 400);
  }
  const res = await api.call('POST', '/api/v1/auth/login/h5', { body: { phone: '13611112222', code: '123456' } });
  t.is(res.status, 429);
  t.is(res.body.error.code, 'RATE_LIMITED');
});

test('an IPv6 client is counted by its /64 network: moving within it does not reset its limit', async (t) => {
  const api = await startApi(t, { trustProxy: true });
  const from = (address: string, i: number) =>
    api.call('POST', '/api/v1/auth/sms', { body: { phone: `1370001${String(i).padStart(4, '0')}` }, headers: { 'x-forwarded-for': address } });
  // Ten addresses of one /64, written in different forms.
  for (let i = 0; i < 10; i++) t.is((await from(`2001:db8:1234:5678:${(i + 1).toString(16)}::${i}`, i)).status, 200);
  const res = await from('2001:0db8:1234:5678:ffff:ffff:ffff:ffff', 10);
  t.is(res.status, 429);
  t.is(res.body.error.code, 'RATE_LIMITED');
  // The next /64 is another client, and an IPv4 address counts the same written as IPv6.
  t.is((await from('2001:db8:1234:5679::1', 11)).status, 200);
  for (let i = 0; i < 10; i++) t.is((await from(i % 2 ? '198.51.100.7' : '::ffff:198.51.100.7', 20 + i)).status, 200);
  t.is((await from('198.51.100.7', 30)).status, 429);
});

test('behind a proxy, addresses the client writes into x-forwarded-for do not reset its limit', async (t) => {
  const api = await startApi(t, { trustProxy: true });
  // The proxy appends the address it saw (203.0.113.10); the entries before it are the client's.
  const send = (i: number) => api.call('POST', '/api/v1/auth/sms', { body: { phone: `1370000${String(i).padStart(4, '0')}` }, headers: { 'x-forwarded-for': `10.0.${i}.1, 203.0.113.10` } });
  for (let i = 0; i < 10; i++) t.is((await send(i)).status, 200);
  const res = await send(10);
  t.is(res.status, 429);
  t.is(res.body.error.code, 'RATE_LIMITED');
  // Another real address is another client.
  const other = await api.call('POST', '/api/v1/auth/sms', { body: { phone: '13711112222' }, headers: { 'x-forwarded-for': '203.0.113.11' } });
  t.is(other.status, 200);
});

test('a phone gets at most ten codes a day, however they are spread over the hours', async (t) => {
  const api = await startApi(t);
  const statuses: number[] = [];
  for (let hour = 0; hour < 3; hour++) {
    for (let i = 0; i < 5; i++) {
      statuses.push((await sendCode(api)).res.status);
      api.clock.advance(61_000);
    }
    api.clock.advance(60 * 60 * 1000);
  }
  t.deepEqual(statuses, [...Array(10).fill(200), ...Array(5).fill(429)]);
  t.is(api.sms.sent.length, 10);
  api.clock.advance(24 * 60 * 60 * 1000);
  t.is((await sendCode(api)).res.status, 200);
});

test('a new code within a minute is refused with the wait', async (t) => {
  const api = await startApi(t);
  await sendCode(api);
  const { res } = await sendCode(api);
  t.is(res.status, 429);
  t.is(res.body.error.code, 'SMS_COOLDOWN');
});

test('requests for a code sent at the same moment send one code, the others are told to wait', async (t) => {
  const api = await startApi(t);
  const answers = await Promise.all(Array.from({ length: 5 }, () => api.call('POST', '/api/v1/auth/sms', { body: { phone: PHONE } })));
  t.deepEqual(answers.map((r) => r.status).sort(), [200, 429, 429, 429, 429]);
  t.true(answers.filter((r) => r.status === 429).every((r) => r.body.error.code === 'SMS_COOLDOWN' && Number(r.headers.get('retry-after')) > 0));
  t.is(api.sms.sent.length, 1);
  t.is(await api.deps.models.SmsCode.countDocuments(), 1, 'one code is live');
  api.clock.advance(61_000);
  t.is((await sendCode(api)).res.status, 200);
});

test('phone numbers and codes of the wrong shape are validation errors', async (t) => {
  const api = await startApi(t);
  for (const phone of ['1381234567', '23812345678', '138-1234-5678']) {
    t.is((await api.call('POST', '/api/v1/auth/sms', { body: { phone } })).status, 400, phone);
  }
  const res = await api.call('POST', '/api/v1/auth/login/h5', { body: { phone: PHONE, code: '12345' } });
  t.is(res.status, 400);
  t.is(res.body.error.code, 'VALIDATION_FAILED');
  t.is(api.sms.sent.length, 0);
});
