import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test, { type ExecutionContext } from 'ava';
import mongoose from 'mongoose';
import type { CommandStartedEvent } from 'mongodb';
import { createApp } from '../bff/src/app';
import { buildDeps } from '../bff/src/build-deps';
import { IN_PROCESS_OPTIONS } from '../bff/src/db/connect';
import type { Deps } from '../bff/src/deps';
import { apiOf } from '../bff/src/resources';
import type { Secrets } from '../bff/src/secrets';
import { monotonicNow, type ChangeFeedOptions } from '../bff/src/services/change-feed';
import { sha256 } from '../bff/src/security/tokens';
import { memorySmsSender } from '../bff/src/sms';
import { AGENCY_KEY, personWithSession, testSecrets } from './helpers/api';
import { listenForTest, memoryLogger } from './helpers/bff-app';
import { startEmbedded } from './helpers/bff-db';
import { latencyProxy } from './helpers/fault-proxy';
import { agencyMonth } from './helpers/records';

/**
 * What BFF instances keep in memory (sessions, records versions) and the change feed that keeps
 * them right, with two instances on one database as behind a load balancer; and the access log's
 * group commit, which still writes every entry before its answer goes out.
 */

interface Instance {
  url: string;
  deps: Deps;
  /** Commands this instance sent to the database, as `command collection`. */
  commands: string[];
  call(path: string, options?: { token?: string; method?: string; headers?: Record<string, string>; body?: unknown }): Promise<{ status: number; headers: Headers; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * A connection as the server makes it, with command monitoring on. Like the server's own start-up,
 * it tries again while the database is not selectable yet: on a loaded machine the first selection
 * can miss its half second.
 */
async function connectMonitored(uri: string): Promise<mongoose.Connection> {
  for (let attempt = 1; ; attempt += 1) {
    const connection = mongoose.createConnection();
    try {
      return await connection.openUri(uri, { ...IN_PROCESS_OPTIONS, dbName: 'coherence', monitorCommands: true });
    } catch (error) {
      await connection.close(true);
      if (attempt === 20) throw error;
      await sleep(250);
    }
  }
}

async function instance(t: ExecutionContext, uri: string, secrets: Secrets, feed?: Partial<ChangeFeedOptions>): Promise<Instance> {
  const connection = await connectMonitored(uri);
  t.teardown(() => connection.close(true));
  const commands: string[] = [];
  connection.getClient().on('commandStarted', (event: CommandStartedEvent) => commands.push(`${event.commandName} ${String(event.command[event.commandName])}`));
  const { logger } = memoryLogger();
  const deps = await buildDeps({ connection, logger, secrets, sms: memorySmsSender(), settings: { checkResponses: true }, feed });
  const app = createApp({ connection, logger, config: { nodeEnv: 'test' }, ...apiOf(deps) });
  const url = await listenForTest(t, app);
  return {
    url,
    deps,
    commands,
    async call(path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${url}/api/v1${path}`, { method: options.method ?? 'GET', headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
    },
  };
}

async function twoInstances(t: ExecutionContext, feed?: Partial<ChangeFeedOptions>): Promise<[Instance, Instance]> {
  const db = await startEmbedded(t);
  const secrets = testSecrets();
  return [await instance(t, db.uri, secrets, feed), await instance(t, db.uri, secrets, feed)];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls until `done` holds, returning how long that took; fails the test after `limitMs`. */
async function until(limitMs: number, step: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await step())) {
    if (Date.now() - started > limitMs) throw new Error(`not within ${limitMs} ms`);
    await sleep(20);
  }
  return Date.now() - started;
}


// Where a test is about what is kept rather than about the lag, a long lag keeps a slow poll on a
// loaded machine from making the instance step aside in the middle of it.
const PATIENT = { maxLagMs: 30_000 };

test('a warm instance answers from what it keeps: no session or version read, and every answer logged before it is sent', async (t) => {
  const [, b] = await twoInstances(t, PATIENT);
  const person = await personWithSession(b.deps, new Date());
  const year = new Date().getUTCFullYear() - 1;
  // The first reads fill what is kept once the feed has been read.
  await until(10_000, async () => (await b.call(`/records?year=${year}`, { token: person.token })).status === 200 && b.deps.sessions.size > 0 && b.deps.versions.size > 0);
  b.commands.length = 0;
  const answers = await Promise.all(Array.from({ length: 12 }, () => b.call(`/records?year=${year}`, { token: person.token })));
  t.deepEqual(
    answers.map((a) => a.status),
    Array(12).fill(200),
  );
  const reads = b.commands.filter((c) => c.startsWith('find ') && !c.endsWith(' changes'));
  t.deepEqual(reads, [], 'sessions and records versions come from memory');
  const ids = answers.map((a) => a.headers.get('x-request-id'));
  const logged = await b.deps.models.AccessLog.find({ requestId: { $in: ids } }, { requestId: 1, action: 1 }).lean();
  t.is(logged.length, 12);
  t.true(logged.every((entry) => entry.action === 'records.read'));
});

test('a logout on one instance ends the session on the other within the feed lag', async (t) => {
  const [a, b] = await twoInstances(t);
  const person = await personWithSession(a.deps, new Date());
  await until(10_000, async () => (await b.call('/me', { token: person.token })).status === 200 && b.deps.sessions.get(sha256(person.token)) !== undefined);
  const out = await a.call('/auth/logout', { method: 'POST', token: person.token });
  t.is(out.status, 204);
  t.is((await a.call('/me', { token: person.token })).status, 401, 'at once on the instance that logged out');
  const took = await until(5000, async () => (await b.call('/me', { token: person.token })).status === 401);
  // The bound is the feed's lag (1 s); the rest allows for requests on a loaded machine.
  t.true(took < 3000, `took ${took} ms`);
  t.log(`the other instance refused the session after ${took} ms`);
});

test('an import through one instance changes the answers of the other within the feed lag', async (t) => {
  const [a, b] = await twoInstances(t);
  const person = await personWithSession(a.deps, new Date());
  const first = await a.call('/agency/records', { method: 'POST', headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: person.idNumber, records: [agencyMonth('2021-01')] } });
  t.is(first.status, 200);
  await until(10_000, async () => (await b.call('/records?year=2021', { token: person.token })).status === 200 && b.deps.versions.get(person.personId) !== undefined);
  const before = await b.call('/records?year=2021', { token: person.token });
  t.is(before.body.records.length, 1);
  const second = await a.call('/agency/records', { method: 'POST', headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: person.idNumber, records: [agencyMonth('2021-02')] } });
  t.is(second.body.inserted, 1);
  let after = before;
  const took = await until(5000, async () => {
    after = await b.call('/records?year=2021', { token: person.token, headers: { 'If-None-Match': before.headers.get('etag') ?? '' } });
    return after.status === 200;
  });
  t.true(took < 3000, `took ${took} ms`);
  t.is(after.body.records.length, 2);
  t.not(after.headers.get('etag'), before.headers.get('etag'));
});

test('a value read before a change was heard of is not kept', async (t) => {
  const [a] = await twoInstances(t, PATIENT);
  await until(10_000, async () => a.deps.feed.fresh());
  const value = { personId: '64b000000000000000000001', version: 3 };
  const readStarted = monotonicNow();
  await a.deps.feed.publish('records', [value.personId]);
  a.deps.versions.set(value.personId, value, readStarted);
  t.is(a.deps.versions.get(value.personId), undefined, 'read before the change: not kept');
  // The feed's next reads find the change again (it was published here) and do not forget twice.
  await sleep(450);
  a.deps.versions.set(value.personId, value, monotonicNow());
  await sleep(450);
  t.deepEqual(a.deps.versions.get(value.personId), value, 'read after it: kept');
  a.deps.versions.set('64b000000000000000000009', { personId: '64b000000000000000000009', version: 1 }, monotonicNow() - 6000);
  t.is(a.deps.versions.get('64b000000000000000000009'), undefined, 'a read that began longer ago than the overlap: not kept');
});

test('an instance that cannot read the feed uses nothing it keeps', async (t) => {
  const db = await startEmbedded(t);
  const proxy = await latencyProxy(t, db);
  const b = await instance(t, proxy.uri, testSecrets());
  const person = await personWithSession(b.deps, new Date());
  await until(10_000, async () => (await b.call('/me', { token: person.token })).status === 200 && b.deps.sessions.get(sha256(person.token)) !== undefined);
  proxy.setLatency(4000);
  await sleep(1600);
  t.true(b.deps.sessions.size > 0, 'still held');
  t.false(b.deps.feed.fresh());
  t.is(b.deps.sessions.get(sha256(person.token)), undefined, 'but not used');
  proxy.setLatency(0);
});

test('with the database gone, a kept session and answer are still not sent without their log entry', async (t) => {
  const db = await startEmbedded(t);
  // A long lag keeps what is kept usable after the database goes, so only the log write can fail.
  const b = await instance(t, db.uri, testSecrets(), { maxLagMs: 60_000 });
  const person = await personWithSession(b.deps, new Date());
  const year = new Date().getUTCFullYear() - 1;
  await until(10_000, async () => (await b.call(`/records?year=${year}`, { token: person.token })).status === 200 && b.deps.versions.size > 0 && b.deps.sessions.size > 0);
  await db.close();
  // Watch the log writer: the request must get as far as it, with everything else from memory.
  const outcomes: string[] = [];
  const write = b.deps.accessLog.write.bind(b.deps.accessLog);
  b.deps.accessLog.write = (doc) => write(doc).then(
    () => void outcomes.push('written'),
    (error: unknown) => {
      outcomes.push('failed');
      throw error;
    },
  );
  t.truthy(b.deps.sessions.get(sha256(person.token)), 'the session is kept');
  const res = await b.call(`/records?year=${year}`, { token: person.token });
  // Tried by the kept-reads front, which then hands the request to the route, which tries again.
  t.deepEqual(outcomes, ['failed', 'failed'], 'the log entry was tried and failed');
  t.is(res.status, 503);
  t.is(res.body.error.code, 'DB_UNAVAILABLE');
  t.is(res.body.records, undefined);
});

test('the access log writes entries queued together in one insert, and at most 500 at a time', async (t) => {
  const [a] = await twoInstances(t);
  const personId = '64b000000000000000000002';
  a.commands.length = 0;
  await Promise.all(Array.from({ length: 1200 }, (_, i) => a.deps.accessLog.write({ personId: new mongoose.Types.ObjectId(personId), accountId: null, actor: 'test', action: `n${i}`, at: new Date(), requestId: null })));
  t.is(a.commands.filter((c) => c === 'insert access_logs').length, 3);
  t.is(await a.deps.models.AccessLog.countDocuments({ personId }), 1200);
});

test('a publish whose insert fails does not fail its request and lands once the database is back', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssc-coherence-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  let db = await startEmbedded(t, { dbpath: dir });
  const port = db.port;
  const a = await instance(t, db.uri, testSecrets(), { retryMs: 100 });
  await until(10_000, async () => a.deps.feed.fresh());
  await db.close();
  await a.deps.feed.publish('sessions', ['64b000000000000000000003']);
  t.false(await a.deps.models.Change.exists({}).then(Boolean).catch(() => false), 'not written while the database is down');
  db = await startEmbedded(t, { dbpath: dir, port });
  await until(10_000, async () => Boolean(await a.deps.models.Change.exists({ key: '64b000000000000000000003' }).catch(() => null)));
  t.pass();
});
