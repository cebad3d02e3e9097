import test from 'ava';
import { mongo, useConformanceDatabase } from '../helpers/mongo';

const server = useConformanceDatabase(test, 'crud');

test('insertOne returns the generated id and findOne returns the stored document', async (t) => {
  const c = server().collection(t);
  const result = await c.insertOne({ name: 'Ada', tags: ['x', 'y'], nested: { n: 1 } });
  t.true(result.acknowledged);
  t.true(result.insertedId instanceof mongo.ObjectId);
  const { _id, ...rest } = (await c.findOne({ _id: result.insertedId })) ?? {};
  t.true(result.insertedId.equals(_id));
  t.deepEqual(rest, { name: 'Ada', tags: ['x', 'y'], nested: { n: 1 } });
});

test('insertMany returns the inserted count and ids, and find returns every document', async (t) => {
  const c = server().collection(t);
  const result = await c.insertMany([{ _id: 1, v: 'a' }, { _id: 2, v: 'b' }, { _id: 3, v: 'c' }]);
  t.is(result.insertedCount, 3);
  t.deepEqual(result.insertedIds, { 0: 1, 1: 2, 2: 3 });
  t.deepEqual(await c.find({}).sort({ _id: 1 }).toArray(), [
    { _id: 1, v: 'a' },
    { _id: 2, v: 'b' },
    { _id: 3, v: 'c' },
  ]);
});

test('findOne returns null when nothing matches', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ a: 1 });
  t.is(await c.findOne({ a: 2 }), null);
});

test('updateOne reports matched and modified counts and changes one document', async (t) => {
  const c = server().collection(t);
  await c.insertMany([{ _id: 1, k: 'same', v: 0 }, { _id: 2, k: 'same', v: 0 }]);
  const result = await c.updateOne({ k: 'same' }, { $set: { v: 5 } });
  t.like(result, { matchedCount: 1, modifiedCount: 1, upsertedCount: 0, upsertedId: null });
  t.is(await c.countDocuments({ v: 5 }), 1);
  t.is(await c.countDocuments({ v: 0 }), 1);
});

test('updateOne that sets an identical value matches but does not modify', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ _id: 1, v: 5 });
  const result = await c.updateOne({ _id: 1 }, { $set: { v: 5 } });
  t.like(result, { matchedCount: 1, modifiedCount: 0 });
});

test('updateOne without a match reports zero counts', async (t) => {
  const c = server().collection(t);
  const result = await c.updateOne({ missing: true }, { $set: { v: 1 } });
  t.like(result, { matchedCount: 0, modifiedCount: 0, upsertedCount: 0, upsertedId: null });
  t.is(await c.countDocuments({}), 0);
});

test('updateMany changes every matching document and reports the counts', async (t) => {
  const c = server().collection(t);
  await c.insertMany([{ g: 1, v: 0 }, { g: 1, v: 0 }, { g: 1, v: 9 }, { g: 2, v: 0 }]);
  const result = await c.updateMany({ g: 1 }, { $set: { v: 9 } });
  t.like(result, { matchedCount: 3, modifiedCount: 2 });
  t.deepEqual((await c.find({}, { projection: { _id: 0 } }).sort({ g: 1, v: 1 }).toArray()).map((d) => [d.g, d.v]), [
    [1, 9],
    [1, 9],
    [1, 9],
    [2, 0],
  ]);
});

test('replaceOne swaps the whole document but keeps its id', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ _id: 'r1', a: 1, b: 2 });
  const result = await c.replaceOne({ _id: 'r1' }, { c: 3 });
  t.like(result, { matchedCount: 1, modifiedCount: 1 });
  t.deepEqual(await c.findOne({ _id: 'r1' }), { _id: 'r1', c: 3 });
});

test('replaceOne with upsert inserts the replacement when nothing matches', async (t) => {
  const c = server().collection(t);
  const result = await c.replaceOne({ _id: 'new' }, { c: 3 }, { upsert: true });
  t.like(result, { matchedCount: 0, modifiedCount: 0, upsertedCount: 1, upsertedId: 'new' });
  t.deepEqual(await c.findOne({ _id: 'new' }), { _id: 'new', c: 3 });
});

test('deleteOne removes a single matching document', async (t) => {
  const c = server().collection(t);
  await c.insertMany([{ k: 1 }, { k: 1 }, { k: 2 }]);
  t.like(await c.deleteOne({ k: 1 }), { deletedCount: 1 });
  t.is(await c.countDocuments({ k: 1 }), 1);
  t.like(await c.deleteOne({ k: 3 }), { deletedCount: 0 });
});

test('deleteMany removes every matching document and reports how many', async (t) => {
  const c = server().collection(t);
  await c.insertMany([{ k: 1 }, { k: 1 }, { k: 2 }]);
  t.like(await c.deleteMany({ k: 1 }), { deletedCount: 2 });
  t.deepEqual(await c.find({}, { projection: { _id: 0 } }).toArray(), [{ k: 2 }]);
  t.like(await c.deleteMany({}), { deletedCount: 1 });
  t.is(await c.countDocuments({}), 0);
});

test('updateOne with upsert inserts the query equality fields, the update and $setOnInsert', async (t) => {
  const c = server().collection(t);
  const first = await c.updateOne(
    { sku: 'abc', 'meta.region': 'eu' },
    { $set: { qty: 1 }, $setOnInsert: { createdBy: 'first' } },
    { upsert: true },
  );
  t.like(first, { matchedCount: 0, modifiedCount: 0, upsertedCount: 1 });
  t.true(first.upsertedId instanceof mongo.ObjectId);
  const stored = await c.findOne({ _id: first.upsertedId! }, { projection: { _id: 0 } });
  t.deepEqual(stored, { sku: 'abc', meta: { region: 'eu' }, qty: 1, createdBy: 'first' });

  const second = await c.updateOne(
    { sku: 'abc', 'meta.region': 'eu' },
    { $set: { qty: 2 }, $setOnInsert: { createdBy: 'second' } },
    { upsert: true },
  );
  t.like(second, { matchedCount: 1, modifiedCount: 1, upsertedCount: 0, upsertedId: null });
  t.deepEqual(await c.find({}, { projection: { _id: 0 } }).toArray(), [
    { sku: 'abc', meta: { region: 'eu' }, qty: 2, createdBy: 'first' },
  ]);
});

test('updateOne with upsert uses an _id given in the filter', async (t) => {
  const c = server().collection(t);
  const result = await c.updateOne({ _id: 42 }, { $inc: { n: 1 } }, { upsert: true });
  t.is(result.upsertedId as unknown, 42);
  t.deepEqual(await c.findOne({}), { _id: 42, n: 1 });
});

test('an upsert copies only the equality conditions of the filter', async (t) => {
  const c = server().collection(t);
  await c.updateOne({ a: { $gt: 1 }, b: 2, $or: [{ x: 1 }, { y: 2 }], 'n.m': { $eq: 3 } }, { $set: { c: 1 } }, { upsert: true });
  t.deepEqual(await c.findOne({}, { projection: { _id: 0 } }), { b: 2, n: { m: 3 }, c: 1 });
});

test('bulkWrite reports the outcome of each kind of operation', async (t) => {
  const c = server().collection(t);
  await c.insertMany([{ _id: 1, v: 0 }, { _id: 2, v: 0 }, { _id: 3, v: 0 }]);
  const result = await c.bulkWrite([
    { insertOne: { document: { _id: 4, v: 0 } } },
    { updateOne: { filter: { _id: 1 }, update: { $set: { v: 1 } } } },
    { updateMany: { filter: { v: 0 }, update: { $inc: { v: 10 } } } },
    { replaceOne: { filter: { _id: 9 }, replacement: { v: 9 }, upsert: true } },
    { deleteOne: { filter: { _id: 2 } } },
  ]);
  t.like(result, { insertedCount: 1, matchedCount: 4, modifiedCount: 4, upsertedCount: 1, deletedCount: 1 });
  t.deepEqual(result.upsertedIds, { 3: 9 });
  t.deepEqual(await c.find({}).sort({ _id: 1 }).toArray(), [
    { _id: 1, v: 1 },
    { _id: 3, v: 10 },
    { _id: 4, v: 10 },
    { _id: 9, v: 9 },
  ]);
});

// The embedded server keeps numbers as JavaScript numbers, so an integral double or a small int64
// comes back as int32 (see its README); every other BSON type, and field order, is kept exactly.
test('documents come back with their BSON types, values and field order', async (t) => {
  const c = server().collection(t);
  const doc = {
    _id: new mongo.ObjectId(),
    int32: new mongo.Int32(1),
    double: new mongo.Double(2.5),
    integralDouble: new mongo.Double(2),
    int64: mongo.Long.fromNumber(3),
    decimal: mongo.Decimal128.fromString('4.50'),
    text: 'héllo',
    flag: true,
    nothing: null,
    at: new Date('2024-02-29T12:00:00Z'),
    bin: new mongo.Binary(Buffer.from([1, 2, 3])),
    re: new mongo.BSONRegExp('^a.c', 'i'),
    nested: { z: 1, a: [1, [2, { y: {} }]] },
    ts: new mongo.Timestamp({ t: 1, i: 2 }),
  };
  await c.insertOne(doc);
  const raw = (await c.findOne({ _id: doc._id }, { raw: true })) as unknown as Uint8Array;
  const stored = mongo.BSON.deserialize(raw, { promoteValues: false, promoteLongs: false });
  t.deepEqual(Object.keys(stored), Object.keys(doc));
  t.like(
    Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, (v as { _bsontype?: string })?._bsontype ?? typeof v])),
    { _id: 'ObjectId', int32: 'Int32', double: 'Double', decimal: 'Decimal128', at: 'object', bin: 'Binary', ts: 'Timestamp' },
  );
  t.is(Number(stored.integralDouble), 2);
  t.is(Number(stored.int64), 3);
  t.is(stored.decimal.toString(), '4.50');
  t.is(String(stored.re), '/^a.c/i');
  const promoted = mongo.BSON.deserialize(raw);
  t.deepEqual(promoted.nested, doc.nested);
  t.is(promoted.text, 'héllo');
});
