import test from 'ava';
import { CONSENT_VERSION } from '../bff/src/content/consent';
import { recordAccess } from '../bff/src/services/access-log-service';
import { createPerson } from '../bff/src/services/person-service';
import { boundPerson, makeIdNumber, startApi } from './helpers/api';
import { loginAs, startApiWithPlatforms } from './helpers/fake-platforms';

test('me shows the bound person masked and the consent in force', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api, { name: '欧阳娜娜', phone: '13812341234', city: '深圳市', platform: 'alipay' });
  const res = await api.call('GET', '/api/v1/me', { token: person.token });
  t.is(res.status, 200);
  t.deepEqual(res.body, {
    platform: 'alipay',
    bound: true,
    person: { name: '欧**娜', idNumber: `${person.idNumber[0]}${'*'.repeat(16)}${person.idNumber[17]}`, phone: '138****1234', city: '深圳市' },
    consent: { version: 'test', acceptedAt: api.clock.now.toISOString() },
  });
});

test('me needs a session', async (t) => {
  const api = await startApi(t);
  const res = await api.call('GET', '/api/v1/me');
  t.is(res.status, 401);
  t.is(res.body.error.code, 'UNAUTHORIZED');
  t.is((await api.call('GET', '/api/v1/me', { token: 'x'.repeat(43) })).status, 401);
});

test('the access log lists only the asking person own entries, newest first', async (t) => {
  const api = await startApi(t);
  const alice = await boundPerson(api);
  const bob = await boundPerson(api);
  await recordAccess(api.deps, { personId: alice.personId, actor: 'test-clinic', action: 'card.scan' });
  api.clock.advance(1000);
  await recordAccess(api.deps, { personId: alice.personId, accountId: alice.accountId, actor: 'weapp', action: 'records.read' });
  await recordAccess(api.deps, { personId: bob.personId, actor: 'test-card-bank', action: 'card.formalLoss' });

  const mine = await api.call('GET', '/api/v1/me/access-log', { token: alice.token });
  t.is(mine.status, 200);
  t.deepEqual(mine.body.entries.map((e: { actor: string; action: string }) => [e.actor, e.action]), [['weapp', 'records.read'], ['test-clinic', 'card.scan']]);
  t.is(mine.body.entries[0].at, api.clock.now.toISOString());
  const theirs = await api.call('GET', '/api/v1/me/access-log', { token: bob.token });
  t.deepEqual(theirs.body.entries.map((e: { action: string }) => e.action), ['card.formalLoss']);
});

test('the access log needs a bound session', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-unbound');
  const unbound = await api.call('GET', '/api/v1/me/access-log', { token });
  t.is(unbound.status, 403);
  t.is(unbound.body.error.code, 'NOT_BOUND');
  t.is((await api.call('GET', '/api/v1/me/access-log')).status, 401);
});

test('the consent notice comes in the request language with its version', async (t) => {
  const api = await startApi(t);
  const texts = new Set<string>();
  for (const [lang, locale, word] of [['zh-CN', 'zh-CN', '身份证'], ['en-US,en;q=0.9', 'en', 'ID number'], ['es', 'es', 'número de identidad']] as const) {
    const res = await api.call('GET', '/api/v1/consent/notice', { headers: { 'accept-language': lang } });
    t.is(res.status, 200);
    t.is(res.body.version, CONSENT_VERSION);
    t.is(res.headers.get('content-language'), locale);
    t.true(res.body.text.includes(word), locale);
    texts.add(res.body.title);
  }
  t.is(texts.size, 3);
});

test('a whole login and binding leaves no personal data or credentials in the logs', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = { name: '陈志强', idNumber: makeIdNumber('19700101'), phone: '13700001234' };
  await createPerson(api.deps, { ...person, city: '广州市' });
  const { token } = await loginAs(api, fake, 'weapp', 'openid-logs');
  const consent = { accepted: true, version: CONSENT_VERSION };
  // A failed attempt first: error paths log too.
  await api.call('POST', '/api/v1/binding/start', { token, body: { name: '陈志', idNumber: person.idNumber, consent } });
  await api.call('POST', '/api/v1/binding/start', { token, body: { ...person, phone: undefined, consent } });
  const code = api.sms.lastCodeFor(person.phone) ?? 'no code';
  const done = await api.call('POST', '/api/v1/binding/confirm', { token, body: { code } });
  t.is(done.status, 200);
  const text = api.log.text();
  t.true(text.includes('request completed'));
  for (const secret of [person.name, person.idNumber, person.phone, code, token, 'openid-logs', ...fake.issuedSecrets]) t.false(text.includes(secret), secret);
});

test('the openapi document describes the identity routes and their errors', async (t) => {
  const api = await startApi(t);
  const { body } = await api.call('GET', '/api/v1/openapi.json');
  const weapp = body.paths['/api/v1/auth/login/weapp'].post;
  t.deepEqual(Object.keys(weapp.responses).sort(), ['200', '400', '403', '429', '500', '502', '503']);
  t.truthy(body.paths['/api/v1/binding'].delete.security);
  t.is(body.paths['/api/v1/consent/notice'].get.security, undefined);
});

test('me shows the session own person, never another bound person', async (t) => {
  const api = await startApi(t);
  const other = await boundPerson(api, { name: '路人甲' });
  const own = await boundPerson(api, { name: '本人乙' });
  t.is((await api.call('GET', '/api/v1/me', { token: own.token })).body.person.name, '本*乙');
  t.is((await api.call('GET', '/api/v1/me', { token: other.token })).body.person.name, '路*甲');
});
