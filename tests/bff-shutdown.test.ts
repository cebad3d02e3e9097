import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Router from '@koa/router';
import test, { type ExecutionContext } from 'ava';
import mongoose from 'mongoose';
import { createApp } from '../bff/src/app';
import { prepareShutdown } from '../bff/src/shutdown';
import type { AppState } from '../bff/src/types';
import { memoryLogger } from './helpers/bff-app';

/** The app with a route that answers after `delayMs`, plus a fake database that records its closing. */
async function slowServer(t: ExecutionContext, delayMs: number, timeoutMs: number) {
  const events: string[] = [];
  let arrived!: () => void;
  const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
  const router = new Router<AppState>({ prefix: '/slow' });
  router.get('/', async (ctx) => {
    arrived();
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    events.push('handler finished');
    ctx.body = { done: true };
  });
  const { logger, log } = memoryLogger();
  const connection = mongoose.createConnection();
  const app = createApp({ connection, logger, config: { nodeEnv: 'test' }, routers: [router] });
  const server = http.createServer(app.callback());
  const database = { connection, close: async () => void events.push('database closed') };
  const shutdown = prepareShutdown({ server, database, logger, timeoutMs });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    server.closeAllConnections();
    server.close();
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, shutdown, events, requestArrived, log };
}

test('finishes an in-flight request, refuses new ones, then closes the database', async (t) => {
  const { url, shutdown, events, requestArrived } = await slowServer(t, 300, 5000);
  const inFlight = fetch(`${url}/api/v1/slow`);
  await requestArrived;
  const started = performance.now();
  const stopped = shutdown();

  const response = await inFlight;
  t.is(response.status, 200);
  t.is(response.headers.get('connection'), 'close');
  t.deepEqual(await response.json(), { done: true });
  await t.throwsAsync(fetch(`${url}/api/v1/health`));

  await stopped;
  t.deepEqual(events, ['handler finished', 'database closed']);
  t.true(performance.now() - started < 1500, 'no wait for the keep-alive timeout');
});

test('cuts requests still running at the deadline and still closes the database', async (t) => {
  const { url, shutdown, events, requestArrived, log } = await slowServer(t, 10_000, 200);
  const inFlight = fetch(`${url}/api/v1/slow`);
  inFlight.catch(() => undefined);
  await requestArrived;
  const started = performance.now();
  await shutdown();
  t.true(performance.now() - started < 1500);
  await t.throwsAsync(inFlight);
  t.deepEqual(events, ['database closed']);
  t.truthy(log.entries().find((entry) => String(entry.msg).startsWith('requests still running at the shutdown deadline')));
});
