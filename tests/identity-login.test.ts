import { generateKeyPairSync } from 'node:crypto';
import test from 'ava';
import { startApi, testSecrets } from './helpers/api';
import { startApiWithPlatforms, startFakePlatforms, unreachableUrl } from './helpers/fake-platforms';

const WEAPP = '/api/v1/auth/login/weapp';
const ALIPAY = '/api/v1/auth/login/alipay';

test('a weapp login creates an unbound account keyed by a hash of the openid and opens a session', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  fake.wechat.set('wx-code-1', { openid: 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M', unionid: 'o6_bmasdasdsad6_2sgVt7hMZOPfL' });
  const res = await api.call('POST', WEAPP, { body: { code: 'wx-code-1' } });
  t.is(res.status, 200);
  t.false(res.body.bound);
  t.true(Date.parse(res.body.expiresAt) > api.clock.now.getTime());
  const session = await api.deps.models.Session.findOne({}).lean();
  t.is(res.body.expiresAt, session?.absoluteExpiresAt.toISOString(), 'the login answer gives the absolute end, not the idle deadline');
  const me = await api.call('GET', '/api/v1/me', { token: res.body.token });
  t.is(me.status, 200);
  t.deepEqual(me.body, { platform: 'weapp', bound: false, person: null, consent: null });
  const stored = await api.deps.models.Account.collection.findOne({});
  t.is(stored?.subjectIdx, api.deps.cipher.index('weapp:subject', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M'));
  t.false(JSON.stringify(stored).includes('o6_bm'));
});

test('logging in again with a new code reuses the same account', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  fake.wechat.set('first', { openid: 'openid-same' });
  fake.wechat.set('second', { openid: 'openid-same' });
  const a = await api.call('POST', WEAPP, { body: { code: 'first' } });
  const b = await api.call('POST', WEAPP, { body: { code: 'second' } });
  t.is(a.status, 200);
  t.is(b.status, 200);
  t.not(a.body.token, b.body.token);
  t.is(await api.deps.models.Account.countDocuments({}), 1);
  t.is(await api.deps.models.Session.countDocuments({}), 2);
});

test('the session key, access tokens and platform secrets never reach the client or the logs', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  fake.wechat.set('wx-code', { openid: 'openid-secret-check' });
  fake.alipay.set('ali-code', { userId: '2088102150477652' });
  const responses = [await api.call('POST', WEAPP, { body: { code: 'wx-code' } }), await api.call('POST', ALIPAY, { body: { code: 'ali-code' } })];
  for (const res of responses) t.is(res.status, 200);
  // The fakes handed out a session_key and access/refresh tokens; the BFF holds the secrets.
  t.is(fake.issuedSecrets.length, 3);
  const secrets = [...fake.issuedSecrets, fake.secrets.wechat.secret, fake.secrets.alipay.privateKeyPem.split('\n')[1] ?? 'unset'];
  const everything = JSON.stringify(responses.map((r) => r.body)) + api.log.text();
  for (const secret of secrets) t.false(everything.includes(secret), secret);
});

test('a wechat code rejected with 40029 is LOGIN_CODE_INVALID, in the requested language', async (t) => {
  const { api } = await startApiWithPlatforms(t);
  const res = await api.call('POST', WEAPP, { body: { code: 'never-issued' }, headers: { 'accept-language': 'en' } });
  t.is(res.status, 400);
  t.is(res.body.error.code, 'LOGIN_CODE_INVALID');
  t.regex(res.body.error.message, /sign-in code/);
  t.is(await api.deps.models.Account.countDocuments({}), 0);
});

test('a wechat code used twice is refused the second time', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  fake.wechat.set('once', { openid: 'openid-once' });
  t.is((await api.call('POST', WEAPP, { body: { code: 'once' } })).status, 200);
  const again = await api.call('POST', WEAPP, { body: { code: 'once' } });
  t.is(again.status, 400);
  t.is(again.body.error.code, 'LOGIN_CODE_INVALID');
});

test('a high-risk wechat user (40226) gets LOGIN_RISKY_USER', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  fake.wechat.set('risky', { errcode: 40226 });
  const res = await api.call('POST', WEAPP, { body: { code: 'risky' }, headers: { 'accept-language': 'es' } });
  t.is(res.status, 403);
  t.is(res.body.error.code, 'LOGIN_RISKY_USER');
  t.regex(res.body.error.message, /riesgo/);
});

test('the wechat per-user rate limit (45011) becomes 429 with retry-after', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  fake.wechat.set('busy', { errcode: 45011 });
  const res = await api.call('POST', WEAPP, { body: { code: 'busy' } });
  t.is(res.status, 429);
  t.is(res.body.error.code, 'PLATFORM_RATE_LIMITED');
  t.is(res.headers.get('retry-after'), '60');
});

test('other wechat errors and a wrong app secret are PLATFORM_UNAVAILABLE', async (t) => {
  const fake = await startFakePlatforms(t);
  fake.wechat.set('busy-system', { errcode: -1 });
  fake.wechat.set('fine', { openid: 'openid-fine' });
  const api = await startApi(t, {
    secrets: { ...testSecrets(), ...fake.secrets, wechat: { appId: fake.secrets.wechat.appId, secret: 'not-the-secret' } },
    settings: { wechatApiBase: fake.wechatApiBase },
  });
  for (const code of ['busy-system', 'fine']) {
    const res = await api.call('POST', WEAPP, { body: { code } });
    t.is(res.status, 502, code);
    t.is(res.body.error.code, 'PLATFORM_UNAVAILABLE');
  }
  t.false(api.log.text().includes('not-the-secret'));
});

test('wechat being down or answering an error page is PLATFORM_UNAVAILABLE', async (t) => {
  const down = await startApi(t, { settings: { wechatApiBase: await unreachableUrl() } });
  const refused = await down.call('POST', WEAPP, { body: { code: 'any' } });
  t.is(refused.status, 502);
  t.is(refused.body.error.code, 'PLATFORM_UNAVAILABLE');
  t.false(down.log.text().includes(testSecrets().wechat.secret));

  const { api, fake } = await startApiWithPlatforms(t);
  fake.wechat.set('broken', 'gatewayError');
  const page = await api.call('POST', WEAPP, { body: { code: 'broken' } });
  t.is(page.status, 502);
  t.is(page.body.error.code, 'PLATFORM_UNAVAILABLE');
});

test('an alipay login sends a request signed with the app key and trusts only a signed answer', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  fake.alipay.set('ali-ok', { userId: '2088102150477652' });
  const res = await api.call('POST', ALIPAY, { body: { code: 'ali-ok' } });
  t.is(res.status, 200);
  t.false(res.body.bound);
  const request = fake.alipayRequests[0];
  t.true(request?.signatureValid);
  t.is(request?.form.get('method'), 'alipay.system.oauth.token');
  t.is(request?.form.get('grant_type'), 'authorization_code');
  t.is(request?.form.get('sign_type'), 'RSA2');
  // China Standard Time is UTC+8 all year.
  const china = new Date(api.clock.now.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  t.true(request?.form.get('timestamp')?.startsWith(china), request?.form.get('timestamp') ?? '');
  const stored = await api.deps.models.Account.findOne({}).lean();
  t.is(stored?.platform, 'alipay');
  t.is(stored?.subjectIdx, api.deps.cipher.index('alipay:subject', '2088102150477652'));
});

test('an alipay answer signed with a key that is not alipay public key is refused', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  fake.alipay.set('ali-forged', { userId: '2088000000000001', forged: true });
  const res = await api.call('POST', ALIPAY, { body: { code: 'ali-forged' } });
  t.is(res.status, 502);
  t.is(res.body.error.code, 'PLATFORM_UNAVAILABLE');
  t.is(await api.deps.models.Account.countDocuments({}), 0);
});

test('alipay refuses a request signed with a private key it does not know', async (t) => {
  const fake = await startFakePlatforms(t);
  fake.alipay.set('ali-code', { userId: '2088000000000002' });
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const unknownKey = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const api = await startApi(t, {
    secrets: { ...testSecrets(), alipay: { ...fake.secrets.alipay, privateKeyPem: unknownKey } },
    settings: { alipayGateway: fake.alipayGateway },
  });
  const res = await api.call('POST', ALIPAY, { body: { code: 'ali-code' } });
  t.is(res.status, 502);
  t.is(res.body.error.code, 'PLATFORM_UNAVAILABLE');
  t.is(fake.alipayRequests.length, 1);
  t.false(fake.alipayRequests[0]?.signatureValid);
});

test('an alipay error_response for a bad auth code is LOGIN_CODE_INVALID, a rate limit is 429', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  fake.alipay.set('limited', { code: '40004', subCode: 'aop.app-call-limited' });
  const invalid = await api.call('POST', ALIPAY, { body: { code: 'unknown-code' } });
  t.is(invalid.status, 400);
  t.is(invalid.body.error.code, 'LOGIN_CODE_INVALID');
  const limited = await api.call('POST', ALIPAY, { body: { code: 'limited' } });
  t.is(limited.status, 429);
  t.is(limited.body.error.code, 'PLATFORM_RATE_LIMITED');
});

test('alipay without a configured private key is PLATFORM_UNAVAILABLE and calls nothing', async (t) => {
  const fake = await startFakePlatforms(t);
  const api = await startApi(t, { settings: { alipayGateway: fake.alipayGateway } });
  const res = await api.call('POST', ALIPAY, { body: { code: 'x' } });
  t.is(res.status, 502);
  t.is(fake.alipayRequests.length, 0);
});

test('a login body with unknown fields or no code is a validation error', async (t) => {
  const api = await startApi(t);
  for (const body of [{}, { code: '' }, { code: 'a', openid: 'forged' }]) {
    const res = await api.call('POST', WEAPP, { body });
    t.is(res.status, 400, JSON.stringify(body));
    t.is(res.body.error.code, 'VALIDATION_FAILED');
  }
});

test('logout revokes the session: the token then gets 401', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  fake.wechat.set('c', { openid: 'openid-logout' });
  const { body } = await api.call('POST', WEAPP, { body: { code: 'c' } });
  const out = await api.call('POST', '/api/v1/auth/logout', { token: body.token });
  t.is(out.status, 204);
  t.is((await api.call('GET', '/api/v1/me', { token: body.token })).status, 401);
  t.is((await api.call('POST', '/api/v1/auth/logout', { token: body.token })).status, 401);
  t.is((await api.call('POST', '/api/v1/auth/logout')).status, 401);
});
