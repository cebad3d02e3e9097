import { CardView, LoginResponse, MeResponse, SmsSentResponse } from '@ssc/shared';
import test from 'ava';
import { z } from 'zod';
import { loadResource } from '../miniapp/src/hooks/load-resource';
import { createSnapshotCache } from '../miniapp/src/services/cache';
import { createEtagCache } from '../miniapp/src/services/etag-cache';
import { ApiError, NetworkError } from '../miniapp/src/services/errors';
import { createHttpClient } from '../miniapp/src/services/http';
import { memoryStore } from '../miniapp/src/services/kv';
import { createPrefs } from '../miniapp/src/services/prefs';
import { createSession } from '../miniapp/src/services/session';
import { elderByDefault } from '../miniapp/src/state/elder-default';
import { startApi } from './helpers/api';
import { fetchTransport } from './helpers/fetch-transport';

const NOW = Date.parse('2024-06-01T00:00:00.000Z');
const MINUTE = 60_000;

test('keeps a saved session until it expires', (t) => {
  let now = NOW;
  const session = createSession(memoryStore(), () => now);
  session.save({ token: 'abc', expiresAt: '2024-06-02T00:00:00.000Z', bound: false });
  t.is(session.token(), 'abc');
  now = Date.parse('2024-06-02T00:00:01.000Z');
  t.is(session.token(), undefined);
});

test('keeps a session in use past the idle time and drops it at its absolute end', async (t) => {
  const api = await startApi(t);
  const session = createSession(memoryStore(), () => api.clock.now.getTime());
  let unauthorized = 0;
  const client = createHttpClient({
    transport: fetchTransport,
    baseUrl: `${api.url}/api/v1`,
    session,
    locale: () => 'zh-CN',
    onUnauthorized: () => void (unauthorized += 1),
  });
  const phone = '13800138123';
  await client.request(SmsSentResponse, { method: 'POST', path: '/auth/sms', body: { phone } });
  const login = await client.request(LoginResponse, { method: 'POST', path: '/auth/login/h5', body: { phone, code: api.sms.lastCodeFor(phone) } });
  session.save({ token: login.token, expiresAt: login.expiresAt, bound: login.bound });

  const { sessionAbsoluteMs, sessionIdleMs } = api.deps.settings;
  t.true(sessionIdleMs < 40 * MINUTE && sessionAbsoluteMs > 60 * MINUTE, 'settings where the idle time passes long before the absolute end');
  let elapsed = 0;
  while (elapsed + 10 * MINUTE < sessionAbsoluteMs) {
    api.clock.advance(10 * MINUTE);
    elapsed += 10 * MINUTE;
    t.is(session.token(), login.token, `still signed in after ${elapsed / MINUTE} minutes`);
    t.is((await client.request(MeResponse, { path: '/me' })).platform, 'h5');
  }
  api.clock.advance(sessionAbsoluteMs - elapsed - 1000);
  t.is(session.token(), login.token, 'a second before the absolute end');
  await client.request(MeResponse, { path: '/me' });
  api.clock.advance(2000);
  t.is(session.token(), undefined, 'past the absolute end');
  t.is(unauthorized, 0);
});

test('treats unreadable stored sessions as signed out', (t) => {
  t.is(createSession(memoryStore({ 'ssc.session': '{not json' }), () => NOW).token(), undefined);
  t.is(createSession(memoryStore({ 'ssc.session': '{"token":""}' }), () => NOW).token(), undefined);
});

test('clearing the session removes it and tells every listener', (t) => {
  const store = memoryStore();
  const session = createSession(store, () => NOW);
  session.save({ token: 'abc', expiresAt: '2999-01-01T00:00:00.000Z', bound: true });
  let told = 0;
  const stop = session.onClear(() => (told += 1));
  session.clear();
  t.is(session.token(), undefined);
  t.is(told, 1);
  stop();
  session.clear();
  t.is(told, 1);
});

test('remembers where to return after login once', (t) => {
  const session = createSession(memoryStore());
  session.rememberReturn('/subpackages/records/list/index?year=2024');
  t.is(session.takeReturn(), '/subpackages/records/list/index?year=2024');
  t.is(session.takeReturn(), undefined);
});

test('a snapshot comes back with the time it was saved and is checked against the schema', (t) => {
  const cache = createSnapshotCache(memoryStore(), () => new Date(NOW));
  cache.save('years', { years: [] });
  t.deepEqual(cache.load('years', z.object({ years: z.array(z.number()) })), { data: { years: [] }, asOf: '2024-06-01T00:00:00.000Z' });
  t.is(cache.load('years', CardView), undefined);
  t.is(cache.load('missing', CardView), undefined);
});

test('clearing snapshots removes every saved one', (t) => {
  const store = memoryStore();
  const cache = createSnapshotCache(store);
  cache.save('a', 1);
  cache.save('b', 2);
  cache.clear();
  t.deepEqual(store.dump(), {});
});

test('the etag cache drops its oldest entries past its size', (t) => {
  const etags = createEtagCache(memoryStore(), 2);
  etags.put('/a', { etag: '1', body: 'a' });
  etags.put('/b', { etag: '2', body: 'b' });
  etags.put('/c', { etag: '3', body: 'c' });
  t.is(etags.get('/a'), undefined);
  t.deepEqual(etags.get('/c'), { etag: '3', body: 'c' });
});

test('loads fresh data and keeps a copy for offline use', async (t) => {
  const cache = createSnapshotCache(memoryStore(), () => new Date(NOW));
  const schema = z.object({ n: z.number() });
  const loaded = await loadResource(async () => ({ n: 1 }), { key: 'n', schema }, cache);
  t.deepEqual(loaded, { data: { n: 1 }, staleAsOf: null, error: null });
  t.deepEqual(cache.load('n', schema)?.data, { n: 1 });
});

test('offline, answers the stored copy marked with its time', async (t) => {
  const cache = createSnapshotCache(memoryStore(), () => new Date(NOW));
  const schema = z.object({ n: z.number() });
  cache.save('n', { n: 1 });
  const offline = new NetworkError('offline', 'request:fail');
  const loaded = await loadResource(() => Promise.reject(offline), { key: 'n', schema }, cache);
  t.deepEqual(loaded, { data: { n: 1 }, staleAsOf: '2024-06-01T00:00:00.000Z', error: offline });
});

test('passes api errors and copy-less offline failures to the page', async (t) => {
  const cache = createSnapshotCache(memoryStore());
  const schema = z.object({ n: z.number() });
  cache.save('n', { n: 1 });
  await t.throwsAsync(loadResource(() => Promise.reject(new ApiError(403, 'NOT_BOUND', 'bind first')), { key: 'n', schema }, cache), { instanceOf: ApiError });
  await t.throwsAsync(loadResource(() => Promise.reject(new NetworkError('offline', 'x')), { key: 'other', schema }, cache), { instanceOf: NetworkError });
});

test('keeps the chosen locale and elder mode, ignoring unknown values', (t) => {
  const store = memoryStore({ 'ssc.locale': 'fr' });
  const prefs = createPrefs(store);
  t.is(prefs.locale(), undefined);
  t.is(prefs.elder(), undefined);
  prefs.setLocale('es');
  prefs.setElder(false);
  t.is(prefs.locale(), 'es');
  t.is(prefs.elder(), false);
});

test('turns elder mode on by default when the system font is large', (t) => {
  t.false(elderByDefault({}));
  t.false(elderByDefault({ fontSizeScaleFactor: 1 }));
  t.true(elderByDefault({ fontSizeScaleFactor: 1.2 }));
  t.false(elderByDefault({ fontSizeSetting: 16 }));
  t.true(elderByDefault({ fontSizeSetting: 20 }));
  t.false(elderByDefault({ fontSizeScaleFactor: 1, fontSizeSetting: 20 }), 'the scale factor, when given, decides');
});
