// On a real server these tests need MONGODB_URI to point at a replica set or mongos: a standalone
// mongod rejects transactions (code 20 IllegalOperation).
import test, { type ExecutionContext } from 'ava';
import { useConformanceDatabase } from '../helpers/mongo';

const server = useConformanceDatabase(test, 'transactions');

/** Two existing collections (MongoDB < 4.4 cannot create collections inside a transaction). */
async function bank(t: ExecutionContext) {
  const accounts = server().collection(t, 'accounts');
  const ledger = server().collection(t, 'ledger');
  await accounts.insertMany([
    { _id: 'alice', balance: 100 },
    { _id: 'bob', balance: 0 },
  ]);
  await server().db.createCollection(ledger.collectionName);
  const session = server().client.startSession();
  t.teardown(() => session.endSession());
  return { accounts, ledger, session };
}

test('withTransaction makes its writes visible to other readers only at commit', async (t) => {
  const { accounts, ledger, session } = await bank(t);
  await session.withTransaction(async () => {
    await accounts.updateOne({ _id: 'alice' }, { $inc: { balance: -30 } }, { session });
    await accounts.updateOne({ _id: 'bob' }, { $inc: { balance: 30 } }, { session });
    await ledger.insertOne({ _id: 1, from: 'alice', to: 'bob', amount: 30 }, { session });

    t.deepEqual(await accounts.findOne({ _id: 'alice' }), { _id: 'alice', balance: 100 }, 'outside reads see the old balance');
    t.is(await ledger.findOne({ _id: 1 }), null, 'outside reads do not see the insert');
    t.deepEqual(await accounts.findOne({ _id: 'alice' }, { session }), { _id: 'alice', balance: 70 }, 'the session reads its own writes');
  });
  t.deepEqual(await accounts.find({}).sort({ _id: 1 }).toArray(), [
    { _id: 'alice', balance: 70 },
    { _id: 'bob', balance: 30 },
  ]);
  t.deepEqual(await ledger.find({}).toArray(), [{ _id: 1, from: 'alice', to: 'bob', amount: 30 }]);
});

test('startTransaction and commitTransaction publish the writes at commit', async (t) => {
  const { ledger, session } = await bank(t);
  session.startTransaction();
  await ledger.insertMany([{ _id: 1 }, { _id: 2 }], { session });
  t.is(await ledger.countDocuments({}), 0);
  t.deepEqual(await ledger.find({}).toArray(), []);
  t.is(await ledger.countDocuments({}, { session }), 2);
  await session.commitTransaction();
  t.deepEqual(await ledger.find({}).sort({ _id: 1 }).toArray(), [{ _id: 1 }, { _id: 2 }]);
});

test('abortTransaction discards inserts, updates and deletes', async (t) => {
  const { accounts, ledger, session } = await bank(t);
  session.startTransaction();
  await ledger.insertOne({ _id: 'x' }, { session });
  await accounts.updateOne({ _id: 'alice' }, { $set: { balance: 0 } }, { session });
  await accounts.deleteOne({ _id: 'bob' }, { session });
  await session.abortTransaction();
  t.deepEqual(await ledger.find({}).toArray(), []);
  t.deepEqual(await accounts.find({}).sort({ _id: 1 }).toArray(), [
    { _id: 'alice', balance: 100 },
    { _id: 'bob', balance: 0 },
  ]);
});

test('a withTransaction callback that throws aborts the transaction', async (t) => {
  const { accounts, ledger, session } = await bank(t);
  await t.throwsAsync(
    session.withTransaction(async () => {
      await ledger.insertOne({ _id: 'half' }, { session });
      await accounts.updateOne({ _id: 'alice' }, { $inc: { balance: -100 } }, { session });
      throw new Error('business rule failed');
    }),
    { message: 'business rule failed' },
  );
  t.is(await ledger.countDocuments({}), 0);
  t.deepEqual(await accounts.findOne({ _id: 'alice' }), { _id: 'alice', balance: 100 });
});

test('a unique index violation inside a transaction aborts the whole transaction', async (t) => {
  const { ledger, session } = await bank(t);
  await ledger.createIndex({ ref: 1 }, { unique: true });
  await ledger.insertOne({ ref: 'taken' });
  session.startTransaction();
  await ledger.insertOne({ ref: 'new' }, { session });
  const error = await t.throwsAsync(ledger.insertOne({ ref: 'taken' }, { session }));
  t.is((error as { code?: number } | undefined)?.code, 11000);
  await session.abortTransaction();
  t.deepEqual(await ledger.find({}, { projection: { _id: 0 } }).toArray(), [{ ref: 'taken' }]);
});
