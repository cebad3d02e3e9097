import http from 'node:http';
import net from 'node:net';
import type { ExecutionContext } from 'ava';
import type Koa from 'koa';
import test from 'ava';
import type { Connection } from 'mongoose';
import { RecordImportBody } from '../shared/src';
import { createApp } from '../bff/src/app';
import type { Database } from '../bff/src/db/open-database';
import type { Settings } from '../bff/src/deps';
import { apiOf } from '../bff/src/resources';
import { prepareShutdown } from '../bff/src/shutdown';
import type { AppState } from '../bff/src/types';
import { importRecords } from '../bff/src/services/records-import';
import { listenForTest, memoryLogger, rawRequest, type LogEntry, type MemoryLog, type RawResponse } from './helpers/bff-app';
import { startApi, unboundSession, type TestApi } from './helpers/api';
import { agencyMonth, MOVER, personWithCareer, type CareerPerson } from './helpers/records';

/**
 * The kept-reads front (bff/src/http/kept-reads.ts) answers a person's read before Koa. Two
 * more apps run on the same instance state as the full one (sessions and versions kept in `deps`):
 * one without the front (Koa alone, to compare with) and one with the front and no routes at all,
 * where whatever the front leaves to Koa gets Koa's 404: that shows which requests it answered.
 */
interface Apps {
  api: TestApi;
  person: CareerPerson;
  koa: { url: string; log: MemoryLog };
  front: { url: string; log: MemoryLog };
}

interface AppsOptions {
  settings?: Partial<Settings>;
  /** The front's app is behind a trusted gateway: it keeps a sane incoming request id. */
  trustProxy?: boolean;
}

async function apps(t: ExecutionContext, options: AppsOptions = {}): Promise<Apps & { frontApp: Koa<AppState> }> {
  const api = await startApi(t, { settings: options.settings });
  const person = await personWithCareer(api, MOVER);
  const connection = api.deps.models.Session.db as Connection;
  const { routers, keptReads } = apiOf(api.deps);
  const koaLog = memoryLogger();
  const koa = await listenForTest(t, createApp({ connection, logger: koaLog.logger, config: { nodeEnv: 'test' }, routers }));
  const frontLog = memoryLogger();
  const frontApp = createApp({ connection, logger: frontLog.logger, config: { nodeEnv: 'test', trustProxy: options.trustProxy }, routers: [], keptReads });
  const front = await listenForTest(t, frontApp);
  // Values are kept only while the change feed is fresh: it starts with the first use.
  while (!api.deps.feed.fresh()) await new Promise((resolve) => setTimeout(resolve, 10));
  return { api, person, frontApp, koa: { url: koa, log: koaLog.log }, front: { url: front, log: frontLog.log } };
}

const get = (url: string, token: string | undefined, headers: Record<string, string> = {}) =>
  rawRequest(url, { method: 'GET', headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });

/** The full answer's ETag, read through Koa (which also keeps the session and the version). */
async function etagOf(url: string, token: string): Promise<string> {
  const full = await get(url, token);
  if (full.status !== 200) throw new Error(`${url} answered ${full.status}`);
  return full.headers.etag as string;
}

/** Headers a client sees, less the two that differ on every answer. */
function comparable(response: RawResponse) {
  const { date: _date, 'x-request-id': _id, ...rest } = response.headers;
  return { status: response.status, headers: rest, body: response.body };
}

async function requestLine(log: MemoryLog, response: RawResponse): Promise<LogEntry> {
  const { time: _time, reqId: _reqId, durationMs, ...rest } = await log.waitFor((entry) => entry.reqId === response.headers['x-request-id'] && entry.msg === 'request completed');
  return { ...rest, timed: typeof durationMs === 'number' };
}

const PATHS = [
  '/api/v1/records?year=2021',
  '/api/v1/records/?year=2021',
  '/api/v1/records?from=2019-03&to=2020-02&type=pension',
  '/api/v1/records?to=2020-02&from=2019-03',
  '/api/v1/records/summary',
  '/api/v1/records/years',
  '/api/v1/records/years/',
  // A route without a query schema reads no query, with or without the front.
  '/api/v1/records/summary?lang=en',
];

/** The access-log entry written for a response, by its request id. */
async function entryOf(api: TestApi, response: RawResponse) {
  const entries = await api.deps.models.AccessLog.find({ requestId: response.headers['x-request-id'] }, { _id: 0, personId: 1, accountId: 1, actor: 1, action: 1 }).lean();
  return entries.map((entry) => ({ ...entry, personId: String(entry.personId), accountId: String(entry.accountId) }));
}

test('answers a current ETag before Koa exactly as Koa does: status, headers and request line', async (t) => {
  const { api, person, koa, front } = await apps(t);
  for (const path of PATHS) {
    const etag = await etagOf(`${koa.url}${path}`, person.token);
    const viaFront = await get(`${front.url}${path}`, person.token, { 'if-none-match': etag });
    const viaKoa = await get(`${koa.url}${path}`, person.token, { 'if-none-match': etag });
    const viaFull = await get(`${api.url}${path}`, person.token, { 'if-none-match': `"other", W/${etag}` });
    t.is(viaFront.status, 304, `${path}: answered by the front`);
    t.deepEqual(comparable(viaFront), comparable(viaKoa), path);
    t.deepEqual(comparable(viaFull), comparable(viaKoa), `${path}: the full app, with a list of tags`);
    t.regex(viaFront.headers['x-request-id'] as string, /^[0-9a-f-]{36}$/);
    t.deepEqual(await requestLine(front.log, viaFront), await requestLine(koa.log, viaKoa), `${path}: the same request line`);
    t.deepEqual(await entryOf(api, viaFront), [], `${path}: a 304 discloses nothing, so nothing is logged`);
  }
});

test('answers a kept answer before Koa exactly as Koa does, its access-log entry written first', async (t) => {
  const { api, person, koa, front } = await apps(t);
  for (const path of PATHS) {
    await etagOf(`${koa.url}${path}`, person.token);
    const viaFront = await get(`${front.url}${path}`, person.token);
    const viaKoa = await get(`${koa.url}${path}`, person.token, { 'if-none-match': '"an old one"' });
    t.is(viaFront.status, 200, `${path}: answered by the front`);
    t.deepEqual(comparable(viaFront), comparable(viaKoa), path);
    t.deepEqual(await requestLine(front.log, viaFront), await requestLine(koa.log, viaKoa), `${path}: the same request line`);
    const [fromFront, fromKoa] = [await entryOf(api, viaFront), await entryOf(api, viaKoa)];
    t.is(fromFront.length, 1, `${path}: one entry`);
    t.deepEqual(fromFront, fromKoa, `${path}: the same entry`);
    t.like(fromFront[0], { personId: person.personId, accountId: person.accountId, actor: 'weapp' });
  }
});

test('leaves to Koa every read it cannot answer from memory alone, or not exactly as Koa would', async (t) => {
  const { api, person, koa, front } = await apps(t);
  const year = '/api/v1/records?year=2021';
  const etag = await etagOf(`${koa.url}${year}`, person.token);
  const current = { 'if-none-match': etag };
  t.is((await get(`${front.url}${year}`, person.token, current)).status, 304, 'a revalidation it answers');
  t.is((await get(`${front.url}${year}`, person.token, { 'if-none-match': '"another"' })).status, 200, 'a read it answers');

  // The app behind this front has no routes: whatever it leaves gets Koa's 404, or the checks' 400.
  const left: [string, () => Promise<RawResponse>][] = [
    ['an answer not kept', () => get(`${front.url}/api/v1/records?year=2019`, person.token, current)],
    ['no session', () => get(`${front.url}${year}`, undefined, current)],
    ['an unknown token', () => get(`${front.url}${year}`, 'x'.repeat(43), current)],
    ['a session not bound to a person', async () => get(`${front.url}${year}`, await unboundSession(api), current)],
    ['HEAD', () => rawRequest(`${front.url}${year}`, { method: 'HEAD', headers: { authorization: `Bearer ${person.token}`, ...current } })],
    ['a body', () => rawRequest(`${front.url}${year}`, { method: 'GET', headers: { authorization: `Bearer ${person.token}`, 'content-type': 'application/json', 'content-length': '2', ...current } }, '{}')],
    ['a chunked body', () => rawRequest(`${front.url}${year}`, { method: 'GET', headers: { authorization: `Bearer ${person.token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...current } }, '{}')],
    ['an operator in a header', () => get(`${front.url}${year}`, person.token, { ...current, 'x-filter': '{"$ne":null}' })],
    ['a repeated key', () => get(`${front.url}${year}&year=2020`, person.token, current)],
    ['an encoded query', () => get(`${front.url}/api/v1/records?year=%32021`, person.token, current)],
    ['a year out of range', () => get(`${front.url}/api/v1/records?year=1800`, person.token, current)],
    ['a prototype key', () => get(`${front.url}${year}&__proto__=1`, person.token, current)],
    ['a path in capitals', () => get(`${front.url}/api/v1/RECORDS?year=2021`, person.token, current)],
    ['a path with parameters', () => get(`${front.url}/api/v1/records/${'a'.repeat(24)}`, person.token, current)],
  ];
  for (const [what, send] of left) t.true([400, 404].includes((await send()).status), `${what}: left to Koa`);

  // Koa answers them as before.
  t.is((await get(`${koa.url}/api/v1/records?year=1800`, person.token, current)).status, 400);
  t.is((await get(`${koa.url}${year}&__proto__=1`, person.token, current)).status, 400);
});

test('a read whose access-log entry cannot be written is left to Koa, and nothing is sent before an entry', async (t) => {
  const { api, person, koa, front } = await apps(t);
  const year = '/api/v1/records?year=2021';
  await etagOf(`${koa.url}${year}`, person.token);
  const write = api.deps.accessLog.write.bind(api.deps.accessLog);
  let failures = 1;
  api.deps.accessLog.write = (doc) => (failures-- > 0 ? Promise.reject(new Error('the access log is unavailable')) : write(doc));
  t.is((await get(`${front.url}${year}`, person.token)).status, 404, 'left to Koa (here without routes)');
  const full = await get(`${api.url}${year}`, person.token);
  t.is(full.status, 200, 'the full app: the front hands over, and Koa writes the entry');
  t.is((await entryOf(api, full)).length, 1);
  failures = 2;
  const refused = await get(`${api.url}${year}`, person.token);
  t.is(refused.status, 500, 'and answers the error when it cannot either');
  t.is(JSON.parse(refused.body).error.code, 'INTERNAL', 'with no records in it');
});

test('a session due for its touch, expired or logged out, and a records change, go through Koa', async (t) => {
  const { api, person, koa, front } = await apps(t);
  const year = '/api/v1/records?year=2021';
  let etag = await etagOf(`${koa.url}${year}`, person.token);
  t.is((await get(`${front.url}${year}`, person.token, { 'if-none-match': etag })).status, 304);

  // A minute on, the session is due for the write that moves its idle deadline: only Koa makes it.
  api.clock.advance(61_000);
  t.is((await get(`${front.url}${year}`, person.token, { 'if-none-match': etag })).status, 404, 'due for its touch');
  t.is((await get(`${koa.url}${year}`, person.token, { 'if-none-match': etag })).status, 304, 'touched by Koa');
  t.is((await get(`${front.url}${year}`, person.token, { 'if-none-match': etag })).status, 304, 'then answered again');

  // The agency changes the records: the kept version is forgotten, and the old ETag is no longer current.
  const body = RecordImportBody.parse({ idNumber: person.idNumber, records: [agencyMonth('2021-05')] });
  await importRecords(api.deps, { ...body, client: 'test-card-bank' });
  t.is((await get(`${front.url}${year}`, person.token, { 'if-none-match': etag })).status, 404, 'after a change');
  const changed = await get(`${koa.url}${year}`, person.token, { 'if-none-match': etag });
  t.is(changed.status, 200, 'the full answer with the change');
  etag = changed.headers.etag as string;
  t.is((await get(`${front.url}${year}`, person.token, { 'if-none-match': etag })).status, 304, 'the new ETag');

  // Logged out: the session is forgotten with it, and Koa refuses it.
  t.is((await get(`${koa.url}/api/v1/records/years`, person.token)).status, 200);
  const logout = await rawRequest(`${koa.url}/api/v1/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${person.token}` } });
  t.is(logout.status, 204);
  t.is((await get(`${front.url}${year}`, person.token, { 'if-none-match': etag })).status, 404, 'after logout');
  t.is((await get(`${api.url}${year}`, person.token, { 'if-none-match': etag })).status, 401, 'refused by the full app');
});

test('an idle session that expired is not answered from memory', async (t) => {
  // An idle time shorter than the once-a-minute touch: only the expiry itself can stop the front.
  const { api, person, koa, front } = await apps(t, { settings: { sessionIdleMs: 30_000 } });
  const year = '/api/v1/records?year=2021';
  const etag = await etagOf(`${koa.url}${year}`, person.token);
  api.clock.advance(api.deps.settings.sessionIdleMs + 1000);
  t.is((await get(`${front.url}${year}`, person.token, { 'if-none-match': etag })).status, 404);
  t.is((await get(`${api.url}${year}`, person.token, { 'if-none-match': etag })).status, 401);
});

test('a session that reaches its absolute end within a minute of its touch is not answered from memory', async (t) => {
  const { api, person, koa, front } = await apps(t, { settings: { sessionAbsoluteMs: 90_000 } });
  const year = '/api/v1/records?year=2021';
  api.clock.advance(61_000);
  const etag = await etagOf(`${koa.url}${year}`, person.token);
  t.is((await get(`${front.url}${year}`, person.token, { 'if-none-match': etag })).status, 304, 'touched, and kept');
  api.clock.advance(31_000);
  t.is((await get(`${front.url}${year}`, person.token, { 'if-none-match': etag })).status, 404, 'past its absolute end');
  t.is((await get(`${api.url}${year}`, person.token, { 'if-none-match': etag })).status, 401);
});

test("behind a trusted gateway, keeps the gateway's sane request id and leaves an unsafe one to Koa", async (t) => {
  const { person, koa, front } = await apps(t, { trustProxy: true });
  const year = '/api/v1/records?year=2021';
  const etag = await etagOf(`${koa.url}${year}`, person.token);
  const kept = await get(`${front.url}${year}`, person.token, { 'if-none-match': etag, 'x-request-id': 'gw-2026.12.03:abc' });
  t.is(kept.status, 304);
  t.is(kept.headers['x-request-id'], 'gw-2026.12.03:abc');
  t.like(await front.log.waitFor((entry) => entry.reqId === 'gw-2026.12.03:abc'), { status: 304, path: '/api/v1/records' });
  const unsafe = await get(`${front.url}${year}`, person.token, { 'if-none-match': etag, 'x-request-id': 'has spaces and 110101199001011234' });
  t.is(unsafe.status, 404, 'left to Koa, which replaces it and says so in its log');
  t.not(unsafe.headers['x-request-id'], 'has spaces and 110101199001011234');
});

test('sends nothing before the access-log entry is acknowledged, and a client gone meanwhile gets one request line', async (t) => {
  const { api, person, koa, front } = await apps(t);
  const year = '/api/v1/records?year=2021';
  await etagOf(`${koa.url}${year}`, person.token);
  const write = api.deps.accessLog.write.bind(api.deps.accessLog);
  const held: (() => void)[] = [];
  api.deps.accessLog.write = (doc) => new Promise<void>((resolve) => held.push(() => resolve(write(doc))));

  let answered = false;
  const pending = get(`${front.url}${year}`, person.token).then((response) => ((answered = true), response));
  while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  await new Promise((resolve) => setTimeout(resolve, 150));
  t.false(answered, 'nothing sent while the entry is being written');
  held.shift()?.();
  const response = await pending;
  t.is(response.status, 200);
  t.is((await entryOf(api, response)).length, 1);

  // A client that goes away while its entry is written: one line, as the middleware writes it.
  const linesBefore = front.log.entries().filter((entry) => entry.msg === 'request completed').length;
  const request = http.request(`${front.url}${year}`, { headers: { authorization: `Bearer ${person.token}` }, agent: false });
  request.on('error', () => {});
  request.end();
  while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  request.destroy();
  await new Promise((resolve) => setTimeout(resolve, 100));
  held.shift()?.();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const lines = front.log.entries().filter((entry) => entry.msg === 'request completed').slice(linesBefore);
  t.is(lines.length, 1);
  t.like(lines[0], { path: '/api/v1/records', status: 404, aborted: true });
});

test('during a shutdown, its answers tell the client to close the connection, as Koa does', async (t) => {
  const { person, koa, frontApp } = await apps(t);
  const year = '/api/v1/records?year=2021';
  const etag = await etagOf(`${koa.url}${year}`, person.token);
  const server = http.createServer(frontApp.callback());
  const { logger } = memoryLogger();
  const database = { close: async () => {} } as unknown as Database;
  const shutdown = prepareShutdown({ server, database, logger, timeoutMs: 2000 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let text = '';
  socket.on('data', (chunk) => (text += String(chunk)));
  // The request is under way (its first line sent) when the shutdown starts.
  socket.write(`GET ${year} HTTP/1.1\r\nHost: localhost\r\n`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const stopped = shutdown();
  socket.write(`Authorization: Bearer ${person.token}\r\nIf-None-Match: ${etag}\r\n\r\n`);
  await new Promise((resolve) => socket.once('close', resolve));
  await stopped;
  t.regex(text, /^HTTP\/1\.1 304 /);
  t.regex(text, /\r\nConnection: close\r\n/i);
  t.regex(text, /\r\nX-Request-Id: [0-9a-f-]{36}\r\n/i, 'answered by the front');
});
