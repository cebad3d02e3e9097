import test from 'ava';
import { mongo, useConformanceDatabase } from '../helpers/mongo';

const server = useConformanceDatabase(test, 'findandmodify');

const tasks = [
  { _id: 1, queue: 'q', priority: 1, state: 'new' },
  { _id: 2, queue: 'q', priority: 5, state: 'new' },
  { _id: 3, queue: 'q', priority: 3, state: 'new' },
];

test('findOneAndUpdate returns the document before the update by default', async (t) => {
  const c = server().collection(t);
  await c.insertMany(tasks);
  const before = await c.findOneAndUpdate({ _id: 3 }, { $set: { state: 'taken' } });
  t.deepEqual(before, { _id: 3, queue: 'q', priority: 3, state: 'new' });
  t.is((await c.findOne({ _id: 3 }))?.state, 'taken');
});

test('findOneAndUpdate with returnDocument after returns the updated document', async (t) => {
  const c = server().collection(t);
  await c.insertMany(tasks);
  const after = await c.findOneAndUpdate({ _id: 1 }, { $inc: { priority: 10 } }, { returnDocument: 'after' });
  t.deepEqual(after, { _id: 1, queue: 'q', priority: 11, state: 'new' });
});

test('findOneAndUpdate updates the first document in sort order', async (t) => {
  const c = server().collection(t);
  await c.insertMany(tasks);
  const taken = await c.findOneAndUpdate(
    { queue: 'q', state: 'new' },
    { $set: { state: 'taken' } },
    { sort: { priority: -1 }, returnDocument: 'after' },
  );
  t.is(taken?._id, 2);
  const next = await c.findOneAndUpdate({ queue: 'q', state: 'new' }, { $set: { state: 'taken' } }, { sort: { priority: -1 } });
  t.is(next?._id, 3);
  t.deepEqual(await c.distinct('_id', { state: 'new' }), [1]);
});

test('findOneAndUpdate applies the projection to the returned document', async (t) => {
  const c = server().collection(t);
  await c.insertMany(tasks);
  const result = await c.findOneAndUpdate(
    { _id: 2 },
    { $set: { state: 'done' } },
    { projection: { state: 1, _id: 0 }, returnDocument: 'after' },
  );
  t.deepEqual(result, { state: 'done' });
});

test('findOneAndUpdate with upsert and returnDocument after returns the inserted document', async (t) => {
  const c = server().collection(t);
  const doc = await c.findOneAndUpdate(
    { name: 'counter-a' },
    { $inc: { seq: 1 }, $setOnInsert: { createdBy: 'upsert' } },
    { upsert: true, returnDocument: 'after', projection: { _id: 0 } },
  );
  t.deepEqual(doc, { name: 'counter-a', seq: 1, createdBy: 'upsert' });
  const again = await c.findOneAndUpdate(
    { name: 'counter-a' },
    { $inc: { seq: 1 }, $setOnInsert: { createdBy: 'ignored' } },
    { upsert: true, returnDocument: 'after', projection: { _id: 0 } },
  );
  t.deepEqual(again, { name: 'counter-a', seq: 2, createdBy: 'upsert' });
});

test('findOneAndUpdate with upsert keeps an _id given in the filter', async (t) => {
  const c = server().collection(t);
  const doc = await c.findOneAndUpdate({ _id: 'invoice-seq' }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' });
  t.deepEqual(doc, { _id: 'invoice-seq', seq: 1 });
});

test('findOneAndUpdate with upsert and returnDocument before returns null but inserts', async (t) => {
  const c = server().collection(t);
  const doc = await c.findOneAndUpdate({ key: 'k' }, { $setOnInsert: { v: 1 } }, { upsert: true, returnDocument: 'before' });
  t.is(doc, null);
  t.deepEqual(await c.find({}, { projection: { _id: 0 } }).toArray(), [{ key: 'k', v: 1 }]);
});

test('findOneAndUpdate with result metadata reports an upsert in lastErrorObject', async (t) => {
  const c = server().collection(t);
  const result = await c.findOneAndUpdate(
    { key: 'k7' },
    { $set: { v: 1 } },
    { upsert: true, returnDocument: 'after', includeResultMetadata: true },
  );
  t.is(result.ok, 1);
  t.like(result.value, { key: 'k7', v: 1 });
  t.like(result.lastErrorObject, { n: 1, updatedExisting: false });
  t.true(result.lastErrorObject?.upserted instanceof mongo.ObjectId);
  t.true(result.lastErrorObject?.upserted.equals(result.value?._id));
  const update = await c.findOneAndUpdate({ key: 'k7' }, { $set: { v: 2 } }, { includeResultMetadata: true });
  t.like(update.lastErrorObject, { n: 1, updatedExisting: true });
  t.like(update.value, { key: 'k7', v: 1 });
});

test('findOneAndDelete removes and returns the first document in sort order', async (t) => {
  const c = server().collection(t);
  await c.insertMany(tasks);
  const removed = await c.findOneAndDelete({ queue: 'q' }, { sort: { priority: 1 } });
  t.deepEqual(removed, { _id: 1, queue: 'q', priority: 1, state: 'new' });
  t.deepEqual((await c.distinct('_id')).sort(), [2, 3]);
});

test('findOneAndDelete returns null and removes nothing when nothing matches', async (t) => {
  const c = server().collection(t);
  await c.insertMany(tasks);
  t.is(await c.findOneAndDelete({ queue: 'other' }), null);
  t.is(await c.countDocuments({}), 3);
});

test('findOneAndReplace returns the old or the new document as asked', async (t) => {
  const c = server().collection(t);
  await c.insertMany(tasks);
  const old = await c.findOneAndReplace({ _id: 1 }, { replaced: true });
  t.deepEqual(old, { _id: 1, queue: 'q', priority: 1, state: 'new' });
  const fresh = await c.findOneAndReplace({ _id: 2 }, { replaced: 'again' }, { returnDocument: 'after' });
  t.deepEqual(fresh, { _id: 2, replaced: 'again' });
  t.deepEqual(await c.findOne({ _id: 1 }), { _id: 1, replaced: true });
});

test('findOneAndReplace with upsert inserts the replacement when nothing matches', async (t) => {
  const c = server().collection(t);
  t.is(await c.findOneAndReplace({ _id: 9 }, { v: 1 }), null);
  t.is(await c.countDocuments({}), 0);
  const inserted = await c.findOneAndReplace({ _id: 9 }, { v: 1 }, { upsert: true, returnDocument: 'after' });
  t.deepEqual(inserted, { _id: 9, v: 1 });
});

test('concurrent findOneAndUpdate claims hand each document to exactly one caller', async (t) => {
  const c = server().collection(t);
  await c.insertMany(Array.from({ length: 40 }, (_, i) => ({ _id: i, state: 'new' })));
  const client = await server().connect(t, { maxPoolSize: 10 });
  const queue = client.db(server().dbName).collection<any>(c.collectionName);
  const claims = await Promise.all(
    Array.from({ length: 60 }, () => queue.findOneAndUpdate({ state: 'new' }, { $set: { state: 'taken' } }, { returnDocument: 'after' })),
  );
  const claimed = claims.filter((d) => d !== null).map((d) => d._id);
  t.is(claimed.length, 40);
  t.is(new Set(claimed).size, 40);
  t.is(await c.countDocuments({ state: 'taken' }), 40);
});
