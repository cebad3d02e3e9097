import { randomBytes } from 'node:crypto';
import test from 'ava';
import { createSession } from '../bff/src/services/session-service';
import { boundPerson, startApi, type TestApi, type TestPerson } from './helpers/api';
import { personWithCard } from './helpers/card';
import { operations } from './helpers/security-openapi';
import { MACHINE_KEYS, startSecurityApi } from './helpers/security-requests';

const MINUTE = 60_000;
const me = (api: TestApi, token: string) => api.call('GET', '/api/v1/me', { token });

/** A second account of the same person on another platform, bound and signed in. */
async function otherPlatformAccount(api: TestApi, person: TestPerson, platform: 'weapp' | 'alipay' | 'h5') {
  const account = await api.deps.models.Account.create({
    platform,
    subjectIdx: api.deps.cipher.index(`${platform}:subject`, randomBytes(8).toString('hex')),
    personId: person.personId,
    boundAt: api.clock.now,
    consents: [{ version: 'test', acceptedAt: api.clock.now }],
  });
  return { accountId: String(account._id), token: (await createSession(api.deps, account._id, platform)).token };
}

test('a session ends after the idle time, and using it keeps it alive', async (t) => {
  const api = await startApi(t);
  const { token } = await boundPerson(api);
  const idle = api.deps.settings.sessionIdleMs;
  for (let i = 0; i < 3; i++) {
    api.clock.advance(idle - MINUTE);
    t.is((await me(api, token)).status, 200, `use ${i + 1}, a minute before the idle limit`);
  }
  api.clock.advance(idle + 1000);
  t.is((await me(api, token)).status, 401);
  t.is((await api.call('GET', '/api/v1/card', { token })).status, 401);
});

test('a session ends at its absolute limit however busy it is', async (t) => {
  const api = await startApi(t);
  const { token } = await boundPerson(api);
  const { sessionAbsoluteMs, sessionIdleMs } = api.deps.settings;
  const step = Math.min(20 * MINUTE, sessionIdleMs / 2);
  let elapsed = 0;
  while (elapsed + step < sessionAbsoluteMs) {
    api.clock.advance(step);
    elapsed += step;
    t.is((await me(api, token)).status, 200);
  }
  api.clock.advance(sessionAbsoluteMs - elapsed + 1000);
  t.is((await me(api, token)).status, 401, 'used minutes ago, but past the absolute limit');
});

test('logging out revokes that session on every route and leaves the account other sessions alone', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const other = await createSession(api.deps, await api.deps.models.Account.findById(holder.accountId).orFail().then((a) => a._id), 'weapp');
  t.is((await api.call('POST', '/api/v1/auth/logout', { token: holder.token })).status, 204);
  for (const path of ['/api/v1/me', '/api/v1/card', '/api/v1/records/summary', '/api/v1/applications']) {
    t.is((await api.call('GET', path, { token: holder.token })).status, 401, path);
    t.is((await api.call('GET', path, { token: other.token })).status, 200, `${path} with the other session`);
  }
  t.is((await api.call('POST', '/api/v1/auth/logout', { token: holder.token })).status, 401, 'a second logout with the same token');
  const stored = JSON.stringify(await api.deps.models.Session.find({}).lean());
  t.false(stored.includes(other.token), 'tokens are stored hashed');
});

test('a weapp session acts only as the weapp account, never as the same person h5 account', async (t) => {
  const api = await startApi(t);
  const weapp = await personWithCard(api, {}, { platform: 'weapp' });
  const h5 = await otherPlatformAccount(api, weapp, 'h5');
  t.is((await me(api, weapp.token)).body.platform, 'weapp');
  t.is((await me(api, h5.token)).body.platform, 'h5');
  // Unbinding with the weapp session unbinds the weapp account only, and ends only its sessions.
  t.is((await api.call('DELETE', '/api/v1/binding', { token: weapp.token })).status, 204);
  t.is((await me(api, weapp.token)).status, 401);
  const h5Me = await me(api, h5.token);
  t.like(h5Me.body, { platform: 'h5', bound: true });
  t.is((await api.call('GET', '/api/v1/card', { token: h5.token })).status, 200);
  t.is(String((await api.deps.models.Account.findById(h5.accountId).lean())?.personId), weapp.personId);
  // A token changed by one character is nobody's.
  const forged = weapp.token.slice(0, -1) + (weapp.token.endsWith('A') ? 'B' : 'A');
  t.is((await me(api, forged)).status, 401);
});

test('a session sees only its own account and person', async (t) => {
  const api = await startApi(t);
  const owner = await personWithCard(api, {}, { name: '陈志强' });
  const stranger = await personWithCard(api, {}, { name: '林晓雨' });
  const ownerCard = await api.call('GET', '/api/v1/card', { token: owner.token });
  const strangerCard = await api.call('GET', '/api/v1/card', { token: stranger.token });
  t.is(ownerCard.body.holder.name, '陈*强');
  t.is(strangerCard.body.holder.name, '林*雨');
  const unbound = await api.deps.models.Account.create({ platform: 'h5', subjectIdx: api.deps.cipher.index('h5:subject', 'someone-else') });
  const { token } = await createSession(api.deps, unbound._id, 'h5');
  t.like((await me(api, token)).body, { platform: 'h5', bound: false, person: null });
  t.is((await api.call('GET', '/api/v1/card', { token })).body.error.code, 'NOT_BOUND');
});

/** Credentials of the wrong kind for a route: machine keys for personal routes, a session or another kind's key for machine routes. */
function wrongCredentials(caller: string, token: string): Record<string, string>[] {
  const machines = Object.entries(MACHINE_KEYS);
  if (caller === 'none') return [];
  if (caller === 'session') return machines.flatMap(([, key]): Record<string, string>[] => [{ 'x-api-key': key }, { authorization: `Bearer ${key}` }]);
  const others = machines.filter(([kind]) => kind !== caller).map(([, key]) => ({ 'x-api-key': key }));
  return [{ authorization: `Bearer ${token}` }, { 'x-api-key': token }, ...others];
}

test('machine keys cannot reach personal routes, sessions cannot reach machine routes, and each key only its own', async (t) => {
  const api = await startSecurityApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  let tried = 0;
  const routes = new Set<string>();
  for (const op of await operations(api)) {
    for (const headers of wrongCredentials(op.caller, holder.token)) {
      const path = op.path.replace(/\{\w+\}/g, (m) => (m === '{year}' ? '2024' : '0123456789abcdef01234567'));
      const res = await api.call(op.method, path, { headers, body: op.method === 'GET' || op.method === 'DELETE' ? undefined : {} });
      t.is(res.status, 401, `${op.method} ${op.path} with ${JSON.stringify(headers).slice(0, 30)}`);
      t.is(res.body.error.code, 'UNAUTHORIZED');
      tried += 1;
      routes.add(op.operationId);
    }
  }
  t.true(routes.size >= 30, `only ${routes.size} routes`);
  t.log(`credentials: ${tried} wrong-credential requests on ${routes.size} routes, all 401`);
  t.is((await api.deps.models.Card.findById(holder.cardId).lean())?.state, 'A');
});
