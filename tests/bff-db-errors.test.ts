import net from 'node:net';
import Router from '@koa/router';
import test, { type ExecutionContext } from 'ava';
import mongoose, { Schema } from 'mongoose';
import type { AppState } from '../bff/src/types';
import { startApp } from './helpers/bff-app';
import { startEmbedded } from './helpers/bff-db';
import { resettingProxy } from './helpers/fault-proxy';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function expect503(t: ExecutionContext, failure: () => Promise<unknown>): Promise<void> {
  const router = new Router<AppState>({ prefix: '/db' });
  router.get('/', async (ctx) => {
    ctx.body = await failure();
  });
  const { url, log } = await startApp(t, { routers: [router] });
  const response = await fetch(`${url}/api/v1/db`);
  t.is(response.status, 503);
  t.is(response.headers.get('retry-after'), '1');
  t.like(await response.json(), { error: { code: 'DB_UNAVAILABLE' } });
  const warned = await log.waitFor((entry) => entry.msg === 'Database unavailable');
  t.is(warned.level, 40, 'an outage is a warning, not an unhandled error');
}

// The driver's classes are matched by name; each of these means "cannot reach the database".
const driverErrorNames = [
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'MongoPoolClosedError',
  'MongoWaitQueueTimeoutError',
];

for (const name of driverErrorNames) {
  test(`maps a ${name} to 503 DB_UNAVAILABLE`, async (t) => {
    await expect503(t, async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27017'), { name });
    });
  });
}

test('maps a database error found in the cause chain to 503 DB_UNAVAILABLE', async (t) => {
  await expect503(t, async () => {
    const network = Object.assign(new Error('socket closed'), { name: 'MongoNetworkError' });
    throw new Error('loading the card failed', { cause: network });
  });
});

test('maps a bulk write cut off by a network failure (the driver keeps it in errorResponse) to 503', async (t) => {
  await expect503(t, async () => {
    throw new mongoose.mongo.MongoBulkWriteError(new mongoose.mongo.MongoNetworkError('connection 3 to 127.0.0.1:27017 closed'), {} as never);
  });
});

// A write larger than the socket buffer waits for it to drain; a reset while it waits reaches the
// caller as the socket's bare ECONNRESET, not a MongoNetworkError. Real driver, real sockets.
const largeWrites = {
  'a bulk insert': (docs: mongoose.mongo.Collection, blob: string) => docs.insertMany([{ blob }, { blob }, { blob }]),
  'one large document': (docs: mongoose.mongo.Collection, blob: string) => docs.insertOne({ blob, again: blob, more: blob }),
};
for (const [what, write] of Object.entries(largeWrites)) {
  test(`maps ${what} cut off by a connection reset mid-write to 503 DB_UNAVAILABLE`, async (t) => {
    const proxy = await resettingProxy(t, await startEmbedded(t));
    const client = await new mongoose.mongo.MongoClient(proxy.uri, { serverSelectionTimeoutMS: 1000, retryWrites: false }).connect();
    t.teardown(() => client.close(true));
    const docs = client.db('bff_test').collection('large');
    const blob = 'x'.repeat(4_000_000);
    await write(docs, 'small enough to pass');
    proxy.resetAfter(1_000_000);
    await expect503(t, () => write(docs, blob));
  });
}

test('does not take a platform call cut off by a reset (fetch wraps the socket error) for an outage', async (t) => {
  const router = new Router<AppState>({ prefix: '/db' });
  router.get('/', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', syscall: 'read' });
    throw new TypeError('fetch failed', { cause: reset });
  });
  const { url } = await startApp(t, { routers: [router] });
  const response = await fetch(`${url}/api/v1/db`);
  t.is(response.status, 500);
  t.like(await response.json(), { error: { code: 'INTERNAL' } });
});

test('maps a real server-selection timeout from the driver to 503 DB_UNAVAILABLE', async (t) => {
  const client = new mongoose.mongo.MongoClient(`mongodb://127.0.0.1:${await closedPort()}/`, {
    serverSelectionTimeoutMS: 200,
  });
  t.teardown(() => client.close());
  await expect503(t, () => client.db('bff_test').command({ ping: 1 }));
});

test('maps the mongoose error for a query before the connection opened (bufferCommands off) to 503', async (t) => {
  const connection = mongoose.createConnection();
  const Card = connection.model('Card', new Schema({ cardNo: String }, { bufferCommands: false }));
  await expect503(t, () => Card.findOne({ cardNo: 'A12345678' }).exec());
});

test('maps the mongoose "buffering timed out" error to 503 DB_UNAVAILABLE', async (t) => {
  const connection = mongoose.createConnection();
  const Card = connection.model('Card', new Schema({ cardNo: String }, { bufferTimeoutMS: 50 }));
  await expect503(t, () => Card.findOne({ cardNo: 'A12345678' }).exec());
});

test('does not treat an ordinary mongoose error as an outage', async (t) => {
  const router = new Router<AppState>({ prefix: '/db' });
  router.get('/', () => {
    throw new mongoose.Error('Cast to ObjectId failed');
  });
  const { url } = await startApp(t, { routers: [router] });
  const response = await fetch(`${url}/api/v1/db`);
  t.is(response.status, 500);
  t.like(await response.json(), { error: { code: 'INTERNAL' } });
});
