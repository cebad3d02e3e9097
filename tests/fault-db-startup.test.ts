import net from 'node:net';
import test from 'ava';
import { startEmbeddedMongo } from '../bff/embedded-mongo/src/index';
import { connectDatabase } from '../bff/src/db/connect';
import { memoryLogger } from './helpers/bff-app';
import { sleep } from './helpers/fault-load';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('start-up waits for a database that comes up a moment after the bff, then works', async (t) => {
  const port = await freePort();
  const { logger, log } = memoryLogger();
  const connecting = connectDatabase(`mongodb://127.0.0.1:${port}/`, 'startup_test', logger);
  // Well past one half-second server selection: only the start-up retries can bridge it.
  await sleep(1500);
  const db = await startEmbeddedMongo({ host: '127.0.0.1', port });
  t.teardown(() => db.close());
  const connection = await connecting;
  t.teardown(() => connection.close(true));
  t.deepEqual(await connection.db!.command({ ping: 1 }), { ok: 1 });
  t.true(log.entries().some((entry) => entry.msg === 'database not reachable yet, retrying'));
});

test('start-up does not retry an error that is not an outage', async (t) => {
  const { logger, log } = memoryLogger();
  const error = await t.throwsAsync(connectDatabase('mongodb://127.0.0.1:1/?authMechanism=NOPE', 'startup_test', logger));
  t.is(error?.name, 'MongoParseError');
  t.false(log.entries().some((entry) => entry.msg === 'database not reachable yet, retrying'));
});
