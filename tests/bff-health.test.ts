import Router from '@koa/router';
import test from 'ava';
import { Schema } from 'mongoose';
import { startEmbeddedMongo } from '../bff/embedded-mongo/src/index';
import type { AppState } from '../bff/src/types';
import { startApp } from './helpers/bff-app';
import { connectLikeTheServer, startEmbedded } from './helpers/bff-db';

interface Health {
  status: string;
  version: string;
  uptimeSeconds: number;
  db: { state: string; latencyMs: number };
}

async function health(url: string): Promise<{ status: number; body: unknown; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/api/v1/health`);
  const body: unknown = await response.json();
  return { status: response.status, body, ms: performance.now() - started };
}

test('reports ok with version, uptime and database latency while the database is up', async (t) => {
  const embedded = await startEmbedded(t);
  const { url } = await startApp(t, { connection: await connectLikeTheServer(t, embedded.uri) });
  const { status, body } = await health(url);
  t.is(status, 200);
  const report = body as Health;
  t.like(report, { status: 'ok', version: '0.1.0', db: { state: 'up' } });
  t.true(Number.isInteger(report.uptimeSeconds) && report.uptimeSeconds >= 0);
  t.true(Number.isInteger(report.db.latencyMs) && report.db.latencyMs >= 0);
});

test('answers 503 with the process state when the database was never reached', async (t) => {
  const { url } = await startApp(t);
  const { status, body } = await health(url);
  t.is(status, 503);
  t.like(body, { error: { code: 'DB_UNAVAILABLE', details: { version: '0.1.0', db: { state: 'down' } } } });
});

test('follows the database down within 1.5 s and back up on the same port without restarting the app', async (t) => {
  const first = await startEmbedded(t);
  const { url } = await startApp(t, { connection: await connectLikeTheServer(t, first.uri) });
  t.is((await health(url)).status, 200);

  await first.close();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const down = await health(url);
    t.is(down.status, 503);
    t.like(down.body, { error: { code: 'DB_UNAVAILABLE', details: { db: { state: 'down' } } } });
    t.true(down.ms < 1500, `answered in ${Math.round(down.ms)} ms`);
  }

  const second = await startEmbeddedMongo({ host: '127.0.0.1', port: first.port });
  t.teardown(() => second.close());
  const deadline = Date.now() + 5000;
  let last = await health(url);
  while (last.status !== 200 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await health(url);
  }
  t.is(last.status, 200, 'recovered within 5 s');
  t.like(last.body, { status: 'ok', db: { state: 'up' } });
});

test('turns a query during an outage into a quick 503 instead of a hanging request', async (t) => {
  const embedded = await startEmbedded(t);
  const connection = await connectLikeTheServer(t, embedded.uri);
  const Card = connection.model('Card', new Schema({ cardNo: String }));
  await Card.create({ cardNo: 'A12345678' });
  const router = new Router<AppState>({ prefix: '/cards' });
  router.get('/', async (ctx) => {
    ctx.body = await Card.find().lean();
  });
  const { url } = await startApp(t, { connection, routers: [router] });
  t.is((await fetch(`${url}/api/v1/cards`)).status, 200);

  await embedded.close();
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const started = performance.now();
    const response = await fetch(`${url}/api/v1/cards`);
    const ms = performance.now() - started;
    t.is(response.status, 503);
    t.like(await response.json(), { error: { code: 'DB_UNAVAILABLE' } });
    t.true(ms < 2000, `answered in ${Math.round(ms)} ms`);
  }
});
