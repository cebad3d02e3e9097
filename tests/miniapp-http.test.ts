import { CardView, RecordYears } from '@ssc/shared';
import test from 'ava';
import { z } from 'zod';
import { createEtagCache } from '../miniapp/src/services/etag-cache';
import { ApiError, NetworkError, ResponseShapeError } from '../miniapp/src/services/errors';
import { createHttpClient, queryString, type HttpDeps } from '../miniapp/src/services/http';
import { memoryStore } from '../miniapp/src/services/kv';
import { createSession } from '../miniapp/src/services/session';
import { fetchTransport } from './helpers/fetch-transport';
import { json, stubServer, type Reply } from './helpers/http-stub';

const FUTURE = '2999-01-01T00:00:00.000Z';
const YEARS = { years: [{ year: 2023, months: 12, personal: 100, employer: 200, total: 300 }] };

async function setup(t: Parameters<typeof stubServer>[0], reply: Reply, overrides: Partial<HttpDeps> = {}) {
  const server = await stubServer(t, reply);
  const store = memoryStore();
  const session = createSession(store);
  session.save({ token: 'token-abcdefghijklmnopqrstuvwxyz', expiresAt: FUTURE, bound: true });
  const etags = createEtagCache(store);
  let unauthorized = 0;
  const client = createHttpClient({
    transport: fetchTransport,
    baseUrl: `${server.url}/api/v1`,
    session,
    locale: () => 'es',
    onUnauthorized: () => void (unauthorized += 1),
    etags,
    ...overrides,
  });
  return { client, server, session, store, etags, unauthorized: () => unauthorized };
}

test('sends the session token and the locale and returns the body parsed by the schema', async (t) => {
  const { client, server } = await setup(t, (_seen, res) => json(res, 200, YEARS));
  const years = await client.request(RecordYears, { path: '/records/years' });
  t.deepEqual(years, YEARS);
  const [seen] = server.seen;
  t.is(seen?.url, '/api/v1/records/years');
  t.is(seen?.headers.authorization, 'Bearer token-abcdefghijklmnopqrstuvwxyz');
  t.is(seen?.headers['accept-language'], 'es');
});

test('posts a json body with its content type and encodes the query', async (t) => {
  const { client, server } = await setup(t, (_seen, res) => json(res, 201, { ok: true }));
  await client.request(z.object({ ok: z.boolean() }), { method: 'POST', path: '/things', query: { q: 'a b&c', skip: undefined, n: 2 }, body: { phone: '13800138001' } });
  const [seen] = server.seen;
  t.is(seen?.method, 'POST');
  t.is(seen?.url, '/api/v1/things?q=a%20b%26c&n=2');
  t.is(seen?.headers['content-type'], 'application/json');
  t.deepEqual(JSON.parse(seen?.body ?? ''), { phone: '13800138001' });
});

test('throws an api error with the status, code, message and details the server gave', async (t) => {
  const { client } = await setup(t, (_seen, res) =>
    json(res, 400, { error: { code: 'PASSWORD_RULES', message: 'La contraseña no cumple las reglas', details: { rules: ['notSequential'] } } }),
  );
  const error = await t.throwsAsync(client.request(z.undefined(), { method: 'POST', path: '/card/password/change', body: {} }), { instanceOf: ApiError });
  t.is(error?.status, 400);
  t.is(error?.code, 'PASSWORD_RULES');
  t.is(error?.message, 'La contraseña no cumple las reglas');
  t.deepEqual(error?.details, { rules: ['notSequential'] });
  t.is(error?.name, 'ApiError');
});

test('keeps the status of an error answer that is not the api error shape', async (t) => {
  const { client } = await setup(t, (_seen, res) => {
    res.writeHead(502, { 'Content-Type': 'text/html' });
    res.end('<h1>Bad gateway</h1>');
  });
  const error = await t.throwsAsync(client.request(CardView, { path: '/card' }), { instanceOf: ApiError });
  t.is(error?.status, 502);
  t.is(error?.code, 'HTTP_502');
});

test('returns undefined for a 204 answer', async (t) => {
  const { client } = await setup(t, (_seen, res) => {
    res.writeHead(204);
    res.end();
  });
  t.is(await client.request(z.undefined(), { method: 'POST', path: '/auth/logout' }), undefined);
});

test('rejects a success answer that does not match the shared schema', async (t) => {
  const { client } = await setup(t, (_seen, res) => json(res, 200, { years: [{ year: '2023' }] }));
  const error = await t.throwsAsync(client.request(RecordYears, { path: '/records/years' }), { instanceOf: ResponseShapeError });
  t.is(error?.path, '/records/years');
  t.true(error?.issues.some((issue) => issue.path === 'years.0.year'));
});

test('on a 401 clears the session, its caches, and sends the person to login', async (t) => {
  const { client, session, etags, unauthorized } = await setup(t, (_seen, res) => json(res, 401, { error: { code: 'UNAUTHORIZED', message: 'Inicie sesión' } }));
  etags.put('/records/years', { etag: '"v1"', body: JSON.stringify(YEARS) });
  session.onClear(() => etags.clear());
  const error = await t.throwsAsync(client.request(CardView, { path: '/card' }), { instanceOf: ApiError });
  t.is(error?.status, 401);
  t.is(session.token(), undefined);
  t.is(etags.get('/records/years'), undefined);
  t.is(unauthorized(), 1);
});

test('sends no authorization header when signed out', async (t) => {
  const { client, server, session } = await setup(t, (_seen, res) => json(res, 200, YEARS));
  session.clear();
  await client.request(RecordYears, { path: '/records/years' });
  t.is(server.seen[0]?.headers.authorization, undefined);
});

test('revalidates with if-none-match and answers a 304 from the stored body', async (t) => {
  const { client, server } = await setup(t, (seen, res) => {
    if (seen.headers['if-none-match'] === '"v7"') {
      res.writeHead(304, { ETag: '"v7"' });
      res.end();
    } else json(res, 200, YEARS, { ETag: '"v7"' });
  });
  t.deepEqual(await client.request(RecordYears, { path: '/records/years', etag: true }), YEARS);
  t.deepEqual(await client.request(RecordYears, { path: '/records/years', etag: true }), YEARS);
  t.is(server.seen[0]?.headers['if-none-match'], undefined);
  t.is(server.seen[1]?.headers['if-none-match'], '"v7"');
});

test('stores nothing for requests that do not ask for etag revalidation', async (t) => {
  const { client, server } = await setup(t, (_seen, res) => json(res, 200, YEARS, { ETag: '"v7"' }));
  await client.request(RecordYears, { path: '/records/years' });
  await client.request(RecordYears, { path: '/records/years' });
  t.is(server.seen[1]?.headers['if-none-match'], undefined);
});

test('throws a network error when the server cannot be reached', async (t) => {
  const { client } = await setup(t, (_seen, res) => json(res, 200, YEARS), { baseUrl: 'http://127.0.0.1:9/api/v1' });
  const error = await t.throwsAsync(client.request(RecordYears, { path: '/records/years' }), { instanceOf: NetworkError });
  t.is(error?.reason, 'offline');
});

test('throws a timeout network error when no answer comes in time', async (t) => {
  const { client } = await setup(t, (_seen, res) => void setTimeout(() => json(res, 200, YEARS), 1000));
  const error = await t.throwsAsync(client.request(RecordYears, { path: '/records/years', timeoutMs: 100 }), { instanceOf: NetworkError });
  t.is(error?.reason, 'timeout');
});

test('builds no query string from an empty or all-undefined query', (t) => {
  t.is(queryString(undefined), '');
  t.is(queryString({ a: undefined, b: null }), '');
  t.is(queryString({ year: '2024', type: 'pension' }), '?year=2024&type=pension');
});
