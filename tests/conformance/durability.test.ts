import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { startEmbeddedMongo } from '../../bff/embedded-mongo/src/index';
import { startDatabase } from '../helpers/fault-processes';
import { capturingLogger, embeddedOnly, mongo, onRealServer } from '../helpers/mongo';

const durable = onRealServer ? test.skip : test;
const why = 'it kills and restarts the embedded server on its own data directory';

async function tempDir(t: ExecutionContext): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'embedded-durability-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts the CLI (`npm run db`) as a child process on `dbpath` and connects a plain driver client. */
async function startCli(t: ExecutionContext, dbpath: string) {
  const server = await startDatabase(t, dbpath);
  if (server.port === 0) throw new Error(`the ready line names port 0 instead of the bound port:\n${server.output()}`);
  // Short selection timeout: after SIGKILL the client's close must not wait for the dead server.
  const client = await new mongo.MongoClient(server.uri, { serverSelectionTimeoutMS: 1_000 }).connect();
  t.teardown(() => client.close());
  return { db: client.db('durability'), kill: server.kill, output: server.output };
}

/** Everything stored, per collection, sorted by _id. */
async function dump(db: mongo.Db) {
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
  const out: Record<string, mongo.Document[]> = {};
  for (const name of names) out[name] = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
  return out;
}

durable(embeddedOnly('every acknowledged write survives SIGKILL and a restart', why), async (t) => {
  t.timeout(90_000);
  const dbpath = await tempDir(t);
  const first = await startCli(t, dbpath);
  const accounts = first.db.collection<any>('accounts');
  const events = first.db.collection<any>('events');
  const singles = first.db.collection<any>('singles');

  await accounts.insertMany([
    { _id: 'a', email: 'a@x', balance: 10 },
    { _id: 'b', email: 'b@x', balance: 20 },
    { _id: 'c', email: 'c@x', balance: 30 },
  ]);
  await accounts.createIndex({ email: 1 }, { unique: true });
  for (let i = 0; i < 3; i += 1) await accounts.updateOne({ _id: 'a' }, { $inc: { balance: 5 } });
  await accounts.replaceOne({ _id: 'c' }, { email: 'c2@x', balance: 0 });
  await accounts.deleteOne({ _id: 'b' });
  const upserted = await accounts.updateOne({ email: 'd@x' }, { $set: { balance: 1 } }, { upsert: true });
  await accounts.findOneAndUpdate({ _id: 'a' }, { $push: { history: 'x' } } as mongo.Document);
  await events.insertMany(Array.from({ length: 20 }, (_, i) => ({ _id: i, kind: i % 2 ? 'odd' : 'even' })));
  await events.deleteMany({ kind: 'odd' });
  await first.db.collection('temp').insertOne({ gone: true });
  await first.db.collection('temp').drop();
  for (let i = 0; i < 500; i += 1) {
    await singles.insertOne({ _id: i, v: i });
    if (i === 100) {
      await singles.updateOne({ _id: 7 }, { $set: { v: 'seven' } });
      await singles.deleteOne({ _id: 8 });
    }
  }
  await first.kill();

  const expected = {
    accounts: [
      { _id: 'a', email: 'a@x', balance: 25, history: ['x'] },
      { _id: 'c', email: 'c2@x', balance: 0 },
      // An ObjectId sorts after every string id.
      { _id: upserted.upsertedId, email: 'd@x', balance: 1 },
    ],
    events: Array.from({ length: 10 }, (_, i) => ({ _id: i * 2, kind: 'even' })),
    singles: Array.from({ length: 500 }, (_, i) => ({ _id: i, v: i === 7 ? 'seven' : i })).filter((d) => d._id !== 8),
  };
  const second = await startCli(t, dbpath);
  t.deepEqual(await dump(second.db), expected);
  const error = await t.throwsAsync(second.db.collection('accounts').insertOne({ email: 'a@x' }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000, 'the unique index survives the restart');

  // A second generation of writes on the recovered data survives another kill.
  for (let i = 500; i < 550; i += 1) await second.db.collection<any>('singles').insertOne({ _id: i, v: i });
  await second.db.collection<any>('singles').deleteOne({ _id: 0 });
  await second.kill();
  const third = await startCli(t, dbpath);
  const singlesAfter = await third.db.collection('singles').find({}).sort({ _id: 1 }).toArray();
  t.deepEqual(singlesAfter, [...expected.singles.slice(1), ...Array.from({ length: 50 }, (_, i) => ({ _id: 500 + i, v: 500 + i }))]);
  t.deepEqual(await third.db.collection('accounts').find({}).sort({ _id: 1 }).toArray(), expected.accounts);
});

durable(embeddedOnly('data written in process survives close and a restart on the same dbpath', why), async (t) => {
  const dbpath = await tempDir(t);
  const run = async <T>(fn: (db: mongo.Db) => Promise<T>): Promise<T> => {
    const server = await startEmbeddedMongo({ port: 0, dbpath, logger: capturingLogger() });
    const client = await new mongo.MongoClient(server.uri).connect();
    try {
      return await fn(client.db('inproc'));
    } finally {
      await client.close();
      await server.close();
    }
  };
  await run(async (db) => {
    await db.collection<any>('c').insertMany([{ _id: 1, v: 'one' }, { _id: 2, v: 'two' }]);
    await db.collection<any>('c').updateOne({ _id: 2 }, { $set: { v: 'TWO' } });
  });
  t.deepEqual(await run((db) => db.collection('c').find({}).sort({ _id: 1 }).toArray()), [
    { _id: 1, v: 'one' },
    { _id: 2, v: 'TWO' },
  ]);
});

durable(embeddedOnly('data survives journal compaction into a snapshot and a restart', why), async (t) => {
  const dbpath = await tempDir(t);
  // compactBytes is an embedded-only option: a tiny threshold forces several compactions.
  const server = await startEmbeddedMongo({ port: 0, dbpath, logger: capturingLogger(), compactBytes: 4_096 });
  const client = await new mongo.MongoClient(server.uri).connect();
  const c = client.db('compaction').collection<any>('c');
  await c.createIndex({ k: 1 }, { unique: true });
  for (let i = 0; i < 200; i += 1) await c.insertOne({ _id: i, k: `key-${i}`, pad: 'p'.repeat(64) });
  await c.deleteMany({ _id: { $lt: 100 } });
  await c.updateMany({}, { $set: { pad: 'short' } });
  await client.close();
  await server.close();

  const again = await startEmbeddedMongo({ port: 0, dbpath, logger: capturingLogger() });
  t.teardown(() => again.close());
  const client2 = await new mongo.MongoClient(again.uri).connect();
  t.teardown(() => client2.close());
  const c2 = client2.db('compaction').collection<any>('c');
  const docs = await c2.find({}).sort({ _id: 1 }).toArray();
  t.deepEqual(docs, Array.from({ length: 100 }, (_, i) => ({ _id: 100 + i, k: `key-${100 + i}`, pad: 'short' })));
  const error = await t.throwsAsync(c2.insertOne({ k: 'key-150' }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000);
});

durable(embeddedOnly('a committed transaction survives SIGKILL and an open one leaves no trace', why), async (t) => {
  t.timeout(60_000);
  const dbpath = await tempDir(t);
  const first = await startCli(t, dbpath);
  const ledger = first.db.collection<any>('ledger');
  await ledger.insertOne({ _id: 'seed' });
  const committed = first.db.client.startSession();
  await committed.withTransaction(async () => {
    await ledger.insertOne({ _id: 'committed-1' }, { session: committed });
    await ledger.updateOne({ _id: 'seed' }, { $set: { touched: true } }, { session: committed });
  });
  const open = first.db.client.startSession();
  open.startTransaction();
  await ledger.insertOne({ _id: 'uncommitted' }, { session: open });
  await ledger.deleteOne({ _id: 'seed' }, { session: open });
  await first.kill();

  const second = await startCli(t, dbpath);
  t.deepEqual(await second.db.collection('ledger').find({}).sort({ _id: 1 }).toArray(), [
    { _id: 'committed-1' },
    { _id: 'seed', touched: true },
  ]);
});
