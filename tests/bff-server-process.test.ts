import test from 'ava';
import { mongo } from 'mongoose';
import { startServer, spawnServer, tempDataDir } from './helpers/bff-process';

interface Payment {
  _id: number;
  period: string;
  amount: number;
}

async function healthStatus(url: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/health`);
  await response.arrayBuffer();
  return response.status;
}

test.serial('keeps every acknowledged write across a SIGKILL and a restart on the same data directory', async (t) => {
  const dataDir = await tempDataDir(t);
  const first = await startServer(t, dataDir);
  t.regex(first.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  t.regex(first.dbUri, /^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
  t.is(await healthStatus(first.url), 200);

  const client = new mongo.MongoClient(first.dbUri, { serverSelectionTimeoutMS: 2000 });
  t.teardown(() => client.close(true));
  const payments = client.db('ssc').collection<Payment>('durability_probe');
  const written: Payment[] = [];
  for (let i = 0; i < 20; i += 1) {
    const doc = { _id: i, period: `2024-${String((i % 12) + 1).padStart(2, '0')}`, amount: 100 + i };
    t.true((await payments.insertOne(doc)).acknowledged);
    written.push(doc);
  }
  const batch = Array.from({ length: 200 }, (_, k) => ({ _id: 1000 + k, period: '2025-01', amount: k }));
  const result = await payments.insertMany(batch);
  t.true(result.acknowledged);
  t.is(result.insertedCount, batch.length);
  written.push(...batch);

  first.child.kill('SIGKILL');
  t.deepEqual(await first.exited, { code: null, signal: 'SIGKILL' });
  await client.close(true);

  const second = await startServer(t, dataDir);
  t.is(await healthStatus(second.url), 200);
  const reader = new mongo.MongoClient(second.dbUri, { serverSelectionTimeoutMS: 2000 });
  t.teardown(() => reader.close());
  const stored = await reader.db('ssc').collection('durability_probe').find().sort({ _id: 1 }).toArray();
  t.deepEqual(stored, written);
});

test.serial('exits 0 and logs the shutdown on SIGTERM', async (t) => {
  const server = await startServer(t, await tempDataDir(t));
  t.is(await healthStatus(server.url), 200);
  server.child.kill('SIGTERM');
  t.deepEqual(await server.exited, { code: 0, signal: null });
  t.truthy(server.lines.find((line) => line.msg === 'shutdown started' && line.signal === 'SIGTERM'));
  t.truthy(server.lines.find((line) => line.msg === 'shutdown complete'));
  await t.throwsAsync(fetch(`${server.url}/api/v1/health`));
});

test.serial('exits 78 listing each bad variable when the configuration is invalid', async (t) => {
  const server = spawnServer(t, { PORT: 'eighty', NODE_ENV: 'staging' });
  t.deepEqual(await server.exited, { code: 78, signal: null });
  t.regex(server.stderr(), /Invalid configuration/);
  t.regex(server.stderr(), /PORT: /);
  t.regex(server.stderr(), /NODE_ENV: /);
  t.false(server.stderr().includes('eighty'));
});
