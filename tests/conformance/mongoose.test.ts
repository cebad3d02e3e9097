import test, { type ExecutionContext } from 'ava';
import mongoose, { Schema } from 'mongoose';
import { collectionName, mongo, useConformanceDatabase } from '../helpers/mongo';

const server = useConformanceDatabase(test, 'mongoose');

const cardholderSchema = new Schema(
  {
    name: { type: String, required: true },
    email: { type: String, required: true, unique: true },
    age: { type: Number, min: 0 },
    tags: { type: [String], default: [] },
  },
  { timestamps: true },
);

async function cardholders(t: ExecutionContext) {
  const connection = await server().mongoose(t);
  const Cardholder = connection.model('Cardholder', cardholderSchema, collectionName(t.title));
  await Cardholder.init();
  return { connection, Cardholder };
}

test('Model.create stores a document that findById reads back', async (t) => {
  const { Cardholder } = await cardholders(t);
  const created = await Cardholder.create({ name: 'Ada', email: 'ada@example.org', age: 36 });
  const found = await Cardholder.findById(created._id);
  t.truthy(found);
  t.is(found?.name, 'Ada');
  t.deepEqual([...(found?.tags ?? ['missing'])], []);
  t.true(found?.createdAt instanceof Date);
  t.is(found?.__v, 0);
});

test('a missing required field fails validation and stores nothing', async (t) => {
  const { Cardholder } = await cardholders(t);
  const error = await t.throwsAsync(Cardholder.create({ email: 'x@example.org', age: -1 }), {
    instanceOf: mongoose.Error.ValidationError,
  });
  t.is(error?.errors.name?.kind, 'required');
  t.is(error?.errors.age?.kind, 'min');
  t.is(await Cardholder.countDocuments(), 0);
});

test('init builds the unique index and a duplicate fails with 11000', async (t) => {
  const { Cardholder } = await cardholders(t);
  const indexes = await Cardholder.listIndexes();
  t.like(indexes.find((i) => i.name === 'email_1'), { key: { email: 1 }, unique: true });
  await Cardholder.create({ name: 'A', email: 'dup@example.org' });
  const error = await t.throwsAsync(Cardholder.create({ name: 'B', email: 'dup@example.org' }), {
    instanceOf: mongo.MongoServerError,
  });
  t.is(error?.code, 11000);
  t.deepEqual(error?.keyValue, { email: 'dup@example.org' });
  t.is(await Cardholder.countDocuments(), 1);
});

test('syncIndexes drops indexes missing from the schema and keeps the declared ones', async (t) => {
  const { Cardholder } = await cardholders(t);
  await Cardholder.collection.createIndex({ age: 1 }, { name: 'age_1' });
  const dropped = await Cardholder.syncIndexes();
  t.deepEqual(dropped, ['age_1']);
  t.deepEqual((await Cardholder.listIndexes()).map((i) => i.name).sort(), ['_id_', 'email_1']);
});

test('lean returns plain objects with the stored values', async (t) => {
  const { Cardholder } = await cardholders(t);
  await Cardholder.create([
    { name: 'Ada', email: 'a@example.org', age: 36 },
    { name: 'Bob', email: 'b@example.org', age: 20 },
  ]);
  const rows = await Cardholder.find({ age: { $gte: 30 } }).select({ name: 1, age: 1, _id: 0 }).lean();
  t.deepEqual(rows, [{ name: 'Ada', age: 36 }]);
  t.false(rows[0] instanceof mongoose.Document);
});

test('populate replaces references with documents from the second collection', async (t) => {
  const connection = await server().mongoose(t);
  const Author = connection.model('Author', new Schema({ name: String }), collectionName(t.title, 'authors'));
  const Book = connection.model(
    'Book',
    new Schema({ title: String, author: { type: Schema.Types.ObjectId, ref: 'Author' } }),
    collectionName(t.title, 'books'),
  );
  const [ada, alan] = await Author.create([{ name: 'Ada' }, { name: 'Alan' }]);
  await Book.create([
    { title: 'Notes', author: ada!._id },
    { title: 'Computable Numbers', author: alan!._id },
    { title: 'Anonymous' },
  ]);
  const books = await Book.find().sort({ title: 1 }).populate<{ author: { name: string } | null }>('author').lean();
  t.deepEqual(
    books.map((b) => [b.title, b.author?.name ?? null]),
    [
      ['Anonymous', null],
      ['Computable Numbers', 'Alan'],
      ['Notes', 'Ada'],
    ],
  );
});

test('countDocuments counts documents matching a filter', async (t) => {
  const { Cardholder } = await cardholders(t);
  await Cardholder.insertMany([
    { name: 'a', email: 'a@x', tags: ['vip'] },
    { name: 'b', email: 'b@x', tags: ['vip', 'new'] },
    { name: 'c', email: 'c@x' },
  ]);
  t.is(await Cardholder.countDocuments({ tags: 'vip' }), 2);
  t.is(await Cardholder.countDocuments({}), 3);
});

test('save sends changes and array pushes back to the stored document', async (t) => {
  const { Cardholder } = await cardholders(t);
  const doc = await Cardholder.create({ name: 'Ada', email: 'ada@x' });
  doc.name = 'Ada L.';
  doc.tags.push('vip');
  await doc.save();
  const stored = await Cardholder.collection.findOne({ _id: doc._id });
  t.is(stored?.name, 'Ada L.');
  t.deepEqual(stored?.tags, ['vip']);
  t.is(stored?.__v, 1);
});

test('findOneAndUpdate with upsert returns the new document', async (t) => {
  const { Cardholder } = await cardholders(t);
  const doc = await Cardholder.findOneAndUpdate(
    { email: 'new@x' },
    { $set: { name: 'New' }, $setOnInsert: { age: 1 } },
    { upsert: true, returnDocument: 'after', runValidators: true },
  ).lean();
  t.like(doc, { email: 'new@x', name: 'New', age: 1 });
  t.is(await Cardholder.countDocuments({ email: 'new@x' }), 1);
});
