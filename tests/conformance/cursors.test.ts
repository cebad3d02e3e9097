import test, { type ExecutionContext } from 'ava';
import { mongo, useConformanceDatabase } from '../helpers/mongo';

const server = useConformanceDatabase(test, 'cursors');

const COUNT = 350;

const reply = (event: mongo.CommandSucceededEvent) => event.reply as mongo.Document;

/** A collection of COUNT documents and a monitored client that records every command and reply. */
async function monitored(t: ExecutionContext) {
  const seeded = server().collection(t);
  await seeded.insertMany(Array.from({ length: COUNT }, (_, i) => ({ _id: i, n: i, pad: 'x'.repeat(50) })));
  const client = await server().connect(t, { monitorCommands: true });
  const started: mongo.CommandStartedEvent[] = [];
  const succeeded: mongo.CommandSucceededEvent[] = [];
  client.on('commandStarted', (event) => started.push(event));
  client.on('commandSucceeded', (event) => succeeded.push(event));
  const collection = client.db(server().dbName).collection<any>(seeded.collectionName);
  const batchSizes = () =>
    succeeded
      .filter((e) => e.commandName === 'find' || e.commandName === 'aggregate' || e.commandName === 'getMore')
      .map((e) => {
        const cursor = reply(e).cursor;
        return (cursor.firstBatch ?? cursor.nextBatch).length;
      });
  return { collection, started, succeeded, batchSizes };
}

test('a find over 350 documents returns them all in order across several getMore batches', async (t) => {
  const { collection, started, batchSizes } = await monitored(t);
  const docs = await collection.find({}).sort({ n: 1 }).toArray();
  t.is(docs.length, COUNT);
  t.deepEqual(docs.map((d) => d.n), Array.from({ length: COUNT }, (_, i) => i));
  t.is(batchSizes()[0], 101, 'the default first batch holds 101 documents');
  t.true(started.filter((e) => e.commandName === 'getMore').length >= 1);
  t.is(batchSizes().reduce((a, b) => a + b, 0), COUNT);
});

test('batchSize sets the size of the first and every later batch', async (t) => {
  const { collection, succeeded, batchSizes } = await monitored(t);
  const seen: number[] = [];
  for await (const doc of collection.find({ n: { $gte: 0 } }).sort({ n: -1 }).batchSize(60)) seen.push(doc.n);
  t.deepEqual(seen, Array.from({ length: COUNT }, (_, i) => COUNT - 1 - i));
  t.deepEqual(batchSizes(), [60, 60, 60, 60, 60, 50]);
  const last = succeeded.filter((e) => e.commandName === 'getMore').at(-1);
  t.is(String(last && reply(last).cursor.id), '0', 'the server reports the exhausted cursor with id 0');
});

test('an exhausted cursor needs no killCursors', async (t) => {
  const { collection, started } = await monitored(t);
  t.is((await collection.find({}).batchSize(200).toArray()).length, COUNT);
  t.deepEqual(started.filter((e) => e.commandName === 'killCursors'), []);
});

test('closing a cursor early kills it on the server', async (t) => {
  const { collection, started, succeeded } = await monitored(t);
  const cursor = collection.find({}).sort({ n: 1 }).batchSize(20);
  const firstTwo = [await cursor.next(), await cursor.next()];
  t.deepEqual(firstTwo.map((d) => d?.n), [0, 1]);
  await cursor.close();
  const find = succeeded.find((e) => e.commandName === 'find');
  // Cursor ids are int64; depending on their size the reply holds a Long or a promoted number.
  const id = mongo.Long.fromString(String(find && reply(find).cursor.id));
  t.false(id.isZero(), 'the first batch leaves an open cursor');
  const kill = succeeded.find((e) => e.commandName === 'killCursors');
  t.truthy(kill, 'the driver sent killCursors');
  t.deepEqual(kill && reply(kill).cursorsKilled.map(String), [id.toString()]);
  t.true(started.some((e) => e.commandName === 'killCursors'));

  const error = await t.throwsAsync(
    server().db.command({ getMore: id, collection: collection.collectionName }),
    { instanceOf: mongo.MongoServerError },
  );
  t.is(error?.code, 43, 'CursorNotFound');
});

test('limit stops a multi-batch cursor at the requested number of documents', async (t) => {
  const { collection } = await monitored(t);
  const docs = await collection.find({}).sort({ n: 1 }).batchSize(100).limit(250).toArray();
  t.deepEqual(docs.map((d) => d.n), Array.from({ length: 250 }, (_, i) => i));
});

test('an aggregation cursor is drained through getMore in order', async (t) => {
  const { collection, batchSizes } = await monitored(t);
  const docs = await collection
    .aggregate([{ $match: { n: { $mod: [2, 0] } } }, { $sort: { n: 1 } }, { $project: { _id: 0, n: 1 } }], { batchSize: 40 })
    .toArray();
  t.deepEqual(docs, Array.from({ length: COUNT / 2 }, (_, i) => ({ n: i * 2 })));
  t.deepEqual(batchSizes(), [40, 40, 40, 40, 15]);
});
