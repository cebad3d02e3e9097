import test from 'ava';
import { mongo, useConformanceDatabase } from '../helpers/mongo';

const server = useConformanceDatabase(test, 'updates');

/** Applies one update to a fresh single document and returns the stored result. */
async function applied(c: mongo.Collection<any>, doc: mongo.Document, update: mongo.Document, options?: mongo.UpdateOptions) {
  await c.insertOne({ _id: 1, ...doc });
  const result = await c.updateOne({ _id: 1 }, update, options);
  return { result, stored: await c.findOne({ _id: 1 }) };
}

test('$set writes nested dotted paths and creates missing parents', async (t) => {
  const { result, stored } = await applied(server().collection(t), { a: { b: 1, keep: true } }, {
    $set: { 'a.b': 2, 'x.y.z': 'deep', top: [1] },
  });
  t.is(result.modifiedCount, 1);
  t.deepEqual(stored, { _id: 1, a: { b: 2, keep: true }, x: { y: { z: 'deep' } }, top: [1] });
});

test('$unset removes top-level and nested fields and ignores missing ones', async (t) => {
  const { stored } = await applied(server().collection(t), { a: 1, n: { b: 2, c: 3 } }, {
    $unset: { a: '', 'n.b': '', missing: '' },
  });
  t.deepEqual(stored, { _id: 1, n: { c: 3 } });
});

test('$inc adds to existing numbers and creates missing fields', async (t) => {
  const { stored } = await applied(server().collection(t), { n: 5, nested: { m: 1.5 } }, {
    $inc: { n: -2, 'nested.m': 1, fresh: 3 },
  });
  t.deepEqual(stored, { _id: 1, n: 3, nested: { m: 2.5 }, fresh: 3 });
});

test('$push appends one value and $each appends several', async (t) => {
  const c = server().collection(t);
  const { stored } = await applied(c, { list: [1] }, { $push: { list: 2, other: 'x' } });
  t.deepEqual(stored, { _id: 1, list: [1, 2], other: ['x'] });
  await c.updateOne({ _id: 1 }, { $push: { list: { $each: [3, 4] } } } as mongo.Document);
  t.deepEqual((await c.findOne({ _id: 1 }))?.list, [1, 2, 3, 4]);
});

test('$push with $each, $sort and $slice keeps a bounded sorted array', async (t) => {
  const { stored } = await applied(server().collection(t), { top: [5, 1] }, {
    $push: { top: { $each: [9, 3], $sort: -1, $slice: 3 } },
  });
  t.deepEqual(stored?.top, [9, 5, 3]);
});

test('$addToSet adds only values not already present', async (t) => {
  const c = server().collection(t);
  const { result, stored } = await applied(c, { tags: ['a', 'b'] }, { $addToSet: { tags: 'a' } });
  t.is(result.modifiedCount, 0);
  t.deepEqual(stored?.tags, ['a', 'b']);
  await c.updateOne({ _id: 1 }, { $addToSet: { tags: { $each: ['b', 'c', 'c'] } } } as mongo.Document);
  t.deepEqual((await c.findOne({ _id: 1 }))?.tags, ['a', 'b', 'c']);
});

test('$pull removes matching values and subdocuments matching a condition', async (t) => {
  const c = server().collection(t);
  const { stored } = await applied(c, { nums: [1, 2, 1, 3], items: [{ qty: 1 }, { qty: 5 }, { qty: 0 }] }, {
    $pull: { nums: 1, items: { qty: { $lt: 2 } } },
  });
  t.deepEqual(stored, { _id: 1, nums: [2, 3], items: [{ qty: 5 }] });
});

test('positional $ updates the first array element matched by the query', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ _id: 1, grades: [{ subject: 'art', score: 50 }, { subject: 'math', score: 60 }, { subject: 'math', score: 70 }] });
  const result = await c.updateOne({ _id: 1, 'grades.subject': 'math' }, { $set: { 'grades.$.score': 100 } });
  t.is(result.modifiedCount, 1);
  t.deepEqual((await c.findOne({ _id: 1 }))?.grades, [
    { subject: 'art', score: 50 },
    { subject: 'math', score: 100 },
    { subject: 'math', score: 70 },
  ]);
});

test('positional $ on an array of scalars replaces the matched value', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ _id: 1, sizes: ['s', 'm', 'l'] });
  await c.updateOne({ _id: 1, sizes: 'm' }, { $set: { 'sizes.$': 'M' } });
  t.deepEqual((await c.findOne({ _id: 1 }))?.sizes, ['s', 'M', 'l']);
});

test('$[] updates every element of an array', async (t) => {
  const { stored } = await applied(server().collection(t), { scores: [1, 2, 3], rows: [{ n: 1 }, { n: 2 }] }, {
    $inc: { 'scores.$[]': 10, 'rows.$[].n': 100 },
  });
  t.deepEqual(stored, { _id: 1, scores: [11, 12, 13], rows: [{ n: 101 }, { n: 102 }] });
});

test('arrayFilters with $[elem] updates only the elements that match the filter', async (t) => {
  const { result, stored } = await applied(
    server().collection(t),
    { grades: [{ score: 40 }, { score: 65 }, { score: 90 }] },
    { $set: { 'grades.$[g].passed': true } },
    { arrayFilters: [{ 'g.score': { $gte: 60 } }] },
  );
  t.is(result.modifiedCount, 1);
  t.deepEqual(stored?.grades, [{ score: 40 }, { score: 65, passed: true }, { score: 90, passed: true }]);
});

test('several fields of the elements one array filter picks change together, picked before the update', async (t) => {
  const { result, stored } = await applied(
    server().collection(t),
    { grades: [{ score: 40 }, { score: 65 }, { score: 90 }] },
    // Lowering the score would unmatch the filter if it were tested after the first field changed.
    { $set: { 'grades.$[g].score': 50, 'grades.$[g].passed': true } },
    { arrayFilters: [{ 'g.score': { $gte: 60 } }] },
  );
  t.is(result.modifiedCount, 1);
  t.deepEqual(stored?.grades, [{ score: 40 }, { score: 50, passed: true }, { score: 50, passed: true }]);
});

test('an array filter without its identifier in the update, or an identifier without its filter, is refused', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ _id: 1, grades: [{ score: 40 }] });
  const unused = await t.throwsAsync(c.updateOne({ _id: 1 }, { $set: { 'grades.0.passed': true } }, { arrayFilters: [{ 'g.score': 40 }] }), { instanceOf: mongo.MongoServerError });
  t.is(unused?.code, 9);
  const missing = await t.throwsAsync(c.updateOne({ _id: 1 }, { $set: { 'grades.$[g].passed': true } }), { instanceOf: mongo.MongoServerError });
  t.is(missing?.code, 2);
  t.deepEqual(await c.findOne({ _id: 1 }), { _id: 1, grades: [{ score: 40 }] });
});

test('$set past the end of an array pads it with nulls and $unset of an element leaves null', async (t) => {
  const c = server().collection(t);
  const { stored } = await applied(c, { list: [1, 2] }, { $set: { 'list.4': 'x' } });
  t.deepEqual(stored?.list, [1, 2, null, null, 'x']);
  await c.updateOne({ _id: 1 }, { $unset: { 'list.0': '' } });
  t.deepEqual((await c.findOne({ _id: 1 }))?.list, [null, 2, null, null, 'x']);
});

test('$rename, $min, $max and $mul change fields as documented', async (t) => {
  const { stored } = await applied(server().collection(t), { old: 'v', lo: 5, hi: 5, price: 2 }, {
    $rename: { old: 'renamed' },
    $min: { lo: 3 },
    $max: { hi: 4 },
    $mul: { price: 2.5 },
  });
  t.deepEqual(stored, { _id: 1, renamed: 'v', lo: 3, hi: 5, price: 5 });
});

test('a failed update leaves the stored document unchanged', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ _id: 1, a: 1, name: 'text', list: [1] });
  const error = await t.throwsAsync(c.updateOne({ _id: 1 }, { $set: { a: 2 }, $inc: { name: 1 }, $push: { list: 2 } } as mongo.Document), {
    instanceOf: mongo.MongoServerError,
  });
  t.is(error?.code, 14, 'TypeMismatch for $inc on a string');
  t.regex(error?.message ?? '', /\$inc|non-numeric/);
  t.deepEqual(await c.findOne({ _id: 1 }), { _id: 1, a: 1, name: 'text', list: [1] });
});

test('operators applied to a field of the wrong type fail instead of being ignored', async (t) => {
  const c = server().collection(t);
  const original = { _id: 1, name: 'text', count: 1 };
  await c.insertOne(original);
  const cases: Array<[mongo.Document, number]> = [
    [{ $inc: { name: 1 } }, 14],
    [{ $mul: { name: 2 } }, 14],
    [{ $push: { count: 2 } }, 2],
    [{ $addToSet: { count: 2 } }, 2],
    [{ $pull: { count: 1 } }, 2],
    [{ $set: { 'count.x': 1 } }, 28],
  ];
  for (const [update, code] of cases) {
    const error = await t.throwsAsync(c.updateOne({ _id: 1 }, update), { instanceOf: mongo.MongoServerError }, JSON.stringify(update));
    t.is(error?.code, code, JSON.stringify(update));
  }
  t.deepEqual(await c.findOne({ _id: 1 }), original);
});

test('concurrent increments from several connections are all applied', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ _id: 1, n: 0 });
  const clients = await Promise.all([1, 2, 3, 4].map(() => server().connect(t, { maxPoolSize: 5 })));
  const handles = clients.map((client) => client.db(server().dbName).collection<any>(c.collectionName));
  await Promise.all(Array.from({ length: 200 }, (_, i) => handles[i % handles.length]!.updateOne({ _id: 1 }, { $inc: { n: 1 } })));
  t.deepEqual(await c.findOne({ _id: 1 }), { _id: 1, n: 200 });
});

test('conflicting update operators on one path are rejected with code 40', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ _id: 1, a: 1 });
  const error = await t.throwsAsync(c.updateOne({ _id: 1 }, { $set: { a: 2 }, $inc: { a: 1 } }), {
    instanceOf: mongo.MongoServerError,
  });
  t.is(error?.code, 40);
  t.is(error?.codeName, 'ConflictingUpdateOperators');
  t.deepEqual(await c.findOne({ _id: 1 }), { _id: 1, a: 1 });
});

test('changing _id in an update is rejected with code 66 ImmutableField', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ _id: 1, a: 1 });
  const error = await t.throwsAsync(c.updateOne({ _id: 1 }, { $set: { _id: 2 } }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 66);
  t.deepEqual(await c.find({}).toArray(), [{ _id: 1, a: 1 }]);
});

test('queries and pipelines that reshape results do not change stored documents', async (t) => {
  const c = server().collection(t);
  const original = { _id: 1, nested: { x: 1 }, list: [{ v: 1 }, { v: 2 }], tags: ['a', 'b'] };
  await c.insertOne(structuredClone(original));
  const reads: Array<[string, () => Promise<unknown>]> = [
    ['find excluding a nested field', () => c.find({}, { projection: { 'nested.x': 0 } }).toArray()],
    ['find including a nested field', () => c.find({}, { projection: { 'nested.x': 1 } }).toArray()],
    ['find with a $slice projection', () => c.find({}, { projection: { nested: 1, list: { $slice: 1 } } }).toArray()],
    [
      'aggregate that sets, unwinds and unsets',
      () =>
        c
          .aggregate([
            { $set: { 'nested.x': 99, 'nested.y': 5 } },
            { $unwind: '$list' },
            { $set: { 'list.v': 42 } },
            { $unset: 'tags' },
          ])
          .toArray(),
    ],
    [
      'findOneAndUpdate returning a projected pre-image',
      () => c.findOneAndUpdate({ _id: 1 }, { $set: { 'nested.x': 1 } }, { returnDocument: 'before', projection: { 'nested.x': 0 } }),
    ],
  ];
  for (const [label, read] of reads) {
    await read();
    t.deepEqual(await c.findOne({ _id: 1 }), original, `stored document changed by: ${label}`);
  }
});
