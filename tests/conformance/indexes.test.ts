import test from 'ava';
import { mongo, useConformanceDatabase } from '../helpers/mongo';

const server = useConformanceDatabase(test, 'indexes');

test('createIndex, listIndexes and dropIndex manage a secondary index', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ email: 'a@x' });
  t.is(await c.createIndex({ email: 1 }, { unique: true }), 'email_1');
  t.is(await c.createIndex({ city: 1, age: -1 }), 'city_1_age_-1');
  const listed = await c.listIndexes().toArray();
  t.deepEqual(listed.map((i) => i.name).sort(), ['_id_', 'city_1_age_-1', 'email_1']);
  t.like(listed.find((i) => i.name === 'email_1'), { key: { email: 1 }, unique: true, v: 2 });
  t.like(listed.find((i) => i.name === '_id_'), { key: { _id: 1 } });
  await c.dropIndex('email_1');
  t.deepEqual((await c.listIndexes().toArray()).map((i) => i.name).sort(), ['_id_', 'city_1_age_-1']);
  await c.insertOne({ email: 'a@x' });
  t.is(await c.countDocuments({ email: 'a@x' }), 2, 'the dropped unique index no longer applies');
});

test('dropping an index that does not exist fails with code 27 IndexNotFound', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ a: 1 });
  const error = await t.throwsAsync(c.dropIndex('nope_1'), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 27);
});

test('a duplicate on a unique index fails insertOne with 11000, keyPattern and keyValue', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ email: 1 }, { unique: true });
  await c.insertOne({ email: 'a@x', n: 1 });
  const error = await t.throwsAsync(c.insertOne({ email: 'a@x', n: 2 }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000);
  t.deepEqual(error?.keyPattern, { email: 1 });
  t.deepEqual(error?.keyValue, { email: 'a@x' });
  t.regex(error?.message ?? '', /E11000 duplicate key error/);
  t.regex(error?.message ?? '', /email_1/);
  t.deepEqual(await c.find({}, { projection: { _id: 0 } }).toArray(), [{ email: 'a@x', n: 1 }]);
});

test('a duplicate _id fails with 11000 on the _id_ index', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ _id: 'k', v: 1 });
  const error = await t.throwsAsync(c.insertOne({ _id: 'k', v: 2 }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000);
  t.deepEqual(error?.keyPattern, { _id: 1 });
  t.deepEqual(error?.keyValue, { _id: 'k' });
  t.regex(error?.message ?? '', /_id_/);
  t.deepEqual(await c.findOne({ _id: 'k' }), { _id: 'k', v: 1 });
});

test('a unique compound index rejects only a repeated combination', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ tenant: 1, code: 1 }, { unique: true });
  await c.insertMany([{ tenant: 'a', code: 1 }, { tenant: 'a', code: 2 }, { tenant: 'b', code: 1 }]);
  const error = await t.throwsAsync(c.insertOne({ tenant: 'b', code: 1 }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000);
  t.deepEqual(error?.keyPattern, { tenant: 1, code: 1 });
  t.deepEqual(error?.keyValue, { tenant: 'b', code: 1 });
  t.regex(error?.message ?? '', /tenant_1_code_1/);
  t.is(await c.countDocuments({}), 3);
});

test('a sparse unique index lets documents without the field coexist', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ phone: 1 }, { unique: true, sparse: true });
  await c.insertMany([{ name: 'a' }, { name: 'b' }, { name: 'c', phone: '123' }]);
  const error = await t.throwsAsync(c.insertOne({ name: 'd', phone: '123' }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000);
  t.is(await c.countDocuments({}), 3);
});

test('a non-sparse unique index treats missing fields as duplicate nulls', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ phone: 1 }, { unique: true });
  await c.insertOne({ name: 'a' });
  const error = await t.throwsAsync(c.insertOne({ name: 'b' }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000);
  t.deepEqual(error?.keyValue, { phone: null });
});

test('an ordered insertMany stops at the first duplicate', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ sku: 1 }, { unique: true });
  const error = await t.throwsAsync(
    c.insertMany([{ _id: 1, sku: 'a' }, { _id: 2, sku: 'b' }, { _id: 3, sku: 'a' }, { _id: 4, sku: 'c' }]),
    { instanceOf: mongo.MongoBulkWriteError },
  );
  t.is(error?.code, 11000);
  t.is(error?.insertedCount, 2);
  const writeErrors = [error?.writeErrors ?? []].flat();
  t.deepEqual(writeErrors.map((w) => [w.index, w.code]), [[2, 11000]]);
  t.deepEqual((await c.distinct('_id')).sort(), [1, 2]);
});

test('an unordered insertMany inserts everything except the duplicates', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ sku: 1 }, { unique: true });
  const error = await t.throwsAsync(
    c.insertMany([{ _id: 1, sku: 'a' }, { _id: 2, sku: 'a' }, { _id: 3, sku: 'b' }, { _id: 4, sku: 'b' }, { _id: 5, sku: 'c' }], {
      ordered: false,
    }),
    { instanceOf: mongo.MongoBulkWriteError },
  );
  t.is(error?.insertedCount, 3);
  const writeErrors = [error?.writeErrors ?? []].flat();
  t.deepEqual(writeErrors.map((w) => [w.index, w.code]), [[1, 11000], [3, 11000]]);
  t.deepEqual((await c.distinct('_id')).sort(), [1, 3, 5]);
});

test('an update that would create a duplicate fails with 11000 and changes nothing', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ email: 1 }, { unique: true });
  await c.insertMany([{ _id: 1, email: 'a@x' }, { _id: 2, email: 'b@x' }]);
  const error = await t.throwsAsync(c.updateOne({ _id: 2 }, { $set: { email: 'a@x' } }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000);
  t.deepEqual(error?.keyValue, { email: 'a@x' });
  t.deepEqual(await c.findOne({ _id: 2 }), { _id: 2, email: 'b@x' });
});

test('an upsert that would create a duplicate fails with 11000', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ email: 1 }, { unique: true });
  await c.insertOne({ name: 'first', email: 'a@x' });
  const error = await t.throwsAsync(c.updateOne({ name: 'second' }, { $set: { email: 'a@x' } }, { upsert: true }), {
    instanceOf: mongo.MongoServerError,
  });
  t.is(error?.code, 11000);
  t.is(await c.countDocuments({}), 1);
});

test('building a unique index over existing duplicates fails with 11000 and leaves no index', async (t) => {
  const c = server().collection(t);
  await c.insertMany([{ k: 1 }, { k: 1 }]);
  const error = await t.throwsAsync(c.createIndex({ k: 1 }, { unique: true }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000);
  t.deepEqual((await c.listIndexes().toArray()).map((i) => i.name), ['_id_']);
});

test('a unique index on an array field rejects a value shared between documents', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ tags: 1 }, { unique: true });
  await c.insertOne({ _id: 1, tags: ['a', 'b', 'b'] });
  const error = await t.throwsAsync(c.insertOne({ _id: 2, tags: ['c', 'b'] }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000);
  t.deepEqual(error?.keyValue, { tags: 'b' });
  await c.insertOne({ _id: 3, tags: ['c'] });
  t.is(await c.countDocuments({}), 2);
});

test('a unique index compares numbers by value across BSON types', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ n: 1 }, { unique: true });
  await c.insertOne({ n: new mongo.Int32(7) });
  const error = await t.throwsAsync(c.insertOne({ n: new mongo.Double(7) }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000);
});

test('a unique partial index only constrains documents matching its filter', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ card: 1 }, { unique: true, partialFilterExpression: { active: true } });
  await c.insertMany([
    { card: 'x', active: false },
    { card: 'x', active: false },
    { card: 'x', active: true },
  ]);
  const error = await t.throwsAsync(c.insertOne({ card: 'x', active: true }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 11000);
  t.like((await c.listIndexes().toArray()).find((i) => i.name === 'card_1'), { partialFilterExpression: { active: true } });
});

test('repeating a createIndex is a no-op and a conflicting one fails with 85', async (t) => {
  const c = server().collection(t);
  t.is(await c.createIndex({ e: 1 }), 'e_1');
  t.is(await c.createIndex({ e: 1 }), 'e_1');
  const sameNameOtherOptions = await t.throwsAsync(c.createIndex({ e: 1 }, { unique: true }), { instanceOf: mongo.MongoServerError });
  t.true([85, 86].includes(sameNameOtherOptions?.code as number), `code ${sameNameOtherOptions?.code}`);
  const sameKeyOtherName = await t.throwsAsync(c.createIndex({ e: 1 }, { name: 'other' }), { instanceOf: mongo.MongoServerError });
  t.is(sameKeyOtherName?.code, 85);
  t.deepEqual((await c.listIndexes().toArray()).map((i) => i.name).sort(), ['_id_', 'e_1']);
});

test('listIndexes on a missing collection fails with code 26 NamespaceNotFound', async (t) => {
  const error = await t.throwsAsync(server().collection(t).listIndexes().toArray(), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 26);
});

test('a query on the field of a partial index still finds documents outside the partial filter', async (t) => {
  const c = server().collection(t);
  await c.createIndex({ owner: 1 }, { unique: true, partialFilterExpression: { open: true } });
  await c.insertMany([
    { _id: 1, owner: 'a', open: true },
    { _id: 2, owner: 'a', open: false },
    { _id: 3, owner: 'a', open: false },
  ]);
  t.deepEqual((await c.find({ owner: 'a' }).sort({ _id: 1 }).toArray()).map((d) => d._id), [1, 2, 3]);
  const error = await t.throwsAsync(c.insertOne({ _id: 4, owner: 'a', open: true }));
  t.is((error as { code?: number }).code, 11000);
});
