import test from 'ava';
import { embeddedOnly, eventually, onRealServer, useConformanceDatabase } from '../helpers/mongo';

const server = useConformanceDatabase(test, 'ttl');

// mongod's TTL monitor wakes every 60 s, the embedded one about every second; on a real server these
// tests would need minutes, so they only run against the embedded server.
const ttlTest = onRealServer ? test.skip : test;
const MONITOR_DEADLINE_MS = 10_000;
const why = "mongod's TTL monitor runs only every 60 s";

test('a TTL index is listed with its expireAfterSeconds', async (t) => {
  const c = server().collection(t);
  t.is(await c.createIndex({ createdAt: 1 }, { expireAfterSeconds: 1 }), 'createdAt_1');
  const index = (await c.listIndexes().toArray()).find((i) => i.name === 'createdAt_1');
  t.like(index, { key: { createdAt: 1 }, expireAfterSeconds: 1 });
});

ttlTest(embeddedOnly('expired documents disappear within seconds and fresh ones stay', why), async (t) => {
  const c = server().collection(t);
  await c.createIndex({ createdAt: 1 }, { expireAfterSeconds: 1 });
  const now = Date.now();
  await c.insertMany([
    { _id: 'old', createdAt: new Date(now - 60_000) },
    { _id: 'just-now', createdAt: new Date(now) },
    { _id: 'future', createdAt: new Date(now + 3_600_000) },
    { _id: 'no-date' },
    { _id: 'not-a-date', createdAt: 'yesterday' },
    { _id: 'old-in-array', createdAt: [new Date(now + 3_600_000), new Date(now - 60_000)] },
  ]);
  const gone = await eventually(async () => (await c.countDocuments({ _id: { $in: ['old', 'just-now', 'old-in-array'] } })) === 0, MONITOR_DEADLINE_MS);
  t.true(gone, `expired documents still present after ${MONITOR_DEADLINE_MS} ms: ${JSON.stringify(await c.distinct('_id'))}`);
  t.deepEqual((await c.distinct('_id')).sort(), ['future', 'no-date', 'not-a-date']);
});

ttlTest(embeddedOnly('a document is kept until its expiry time has passed', why), async (t) => {
  const c = server().collection(t);
  await c.createIndex({ createdAt: 1 }, { expireAfterSeconds: 4 });
  await c.insertOne({ _id: 'soon', createdAt: new Date() });
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  t.is(await c.countDocuments({}), 1, 'removed before expireAfterSeconds elapsed');
  t.true(await eventually(async () => (await c.countDocuments({})) === 0, MONITOR_DEADLINE_MS));
});

ttlTest(embeddedOnly('dropping the TTL index stops expiry', why), async (t) => {
  const c = server().collection(t);
  await c.createIndex({ createdAt: 1 }, { expireAfterSeconds: 1 });
  await c.dropIndex('createdAt_1');
  await c.insertOne({ _id: 'kept', createdAt: new Date(Date.now() - 60_000) });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  t.is(await c.countDocuments({}), 1);
});
