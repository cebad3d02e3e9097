import test from 'ava';
import { collectionName, mongo, useConformanceDatabase } from '../helpers/mongo';

const server = useConformanceDatabase(test, 'commands');

const codeNames: Record<number, string> = { 2: 'BadValue', 14: 'TypeMismatch', 73: 'InvalidNamespace' };

test('ping answers ok', async (t) => {
  t.like(await server().db.admin().ping(), { ok: 1 });
  t.like(await server().db.command({ ping: 1 }), { ok: 1 });
});

test('buildInfo reports a version string and array', async (t) => {
  const info = await server().db.admin().buildInfo();
  t.is(info.ok, 1);
  t.regex(info.version, /^\d+\.\d+\.\d+/);
  t.true(Array.isArray(info.versionArray));
  t.is(info.versionArray.slice(0, 2).join('.'), info.version.split('.').slice(0, 2).join('.'));
});

test('hello describes a writable primary with wire limits', async (t) => {
  const hello = await server().db.admin().command({ hello: 1 });
  t.is(hello.ok, 1);
  t.true(hello.isWritablePrimary);
  // 9 (MongoDB 4.4) is the oldest wire version the bundled driver accepts.
  t.true(hello.maxWireVersion >= 9 && hello.minWireVersion <= hello.maxWireVersion);
  t.is(hello.maxBsonObjectSize, 16 * 1024 * 1024);
  t.is(typeof hello.maxMessageSizeBytes, 'number');
  t.is(typeof hello.maxWriteBatchSize, 'number');
  t.true(hello.localTime instanceof Date);
  t.is(typeof hello.logicalSessionTimeoutMinutes, 'number');
});

test('listDatabases includes a database once it holds data', async (t) => {
  await server().collection(t).insertOne({ a: 1 });
  const { databases } = await server().db.admin().listDatabases();
  const mine = databases.find((d) => d.name === server().dbName);
  t.truthy(mine, `${server().dbName} missing from ${JSON.stringify(databases.map((d) => d.name))}`);
  const names = await server().db.admin().listDatabases({ nameOnly: true });
  t.true(names.databases.some((d) => d.name === server().dbName));
});

test('create adds a collection that listCollections reports, and drop removes it', async (t) => {
  const db = server().db;
  const name = collectionName(t.title);
  await db.createCollection(name);
  const listed = await db.listCollections({ name }).toArray();
  t.is(listed.length, 1);
  t.like(listed[0], { name, type: 'collection' });
  t.true((await db.listCollections({}, { nameOnly: true }).toArray()).some((c) => c.name === name));
  t.true(await db.collection(name).drop());
  t.deepEqual(await db.listCollections({ name }).toArray(), []);
});

test('creating an existing collection fails with code 48 NamespaceExists', async (t) => {
  const name = collectionName(t.title);
  await server().db.createCollection(name);
  const error = await t.throwsAsync(server().db.command({ create: name }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 48);
  t.is(error?.codeName, 'NamespaceExists');
});

test('an insert creates its collection implicitly', async (t) => {
  const c = server().collection(t);
  await c.insertOne({ a: 1 });
  t.is((await server().db.listCollections({ name: c.collectionName }).toArray()).length, 1);
});

test('dropDatabase removes the database and its collections', async (t) => {
  const other = server().client.db(`${server().dbName}_drop`.slice(0, 63));
  t.teardown(() => other.dropDatabase().then(() => undefined));
  await other.collection('a').insertOne({ a: 1 });
  await other.collection('b').insertOne({ b: 1 });
  t.true(await other.dropDatabase());
  t.deepEqual(await other.listCollections().toArray(), []);
  const { databases } = await server().db.admin().listDatabases();
  t.false(databases.some((d) => d.name === other.databaseName));
  t.is(await other.collection('a').countDocuments({}), 0);
});

test('dbStats counts the collections and documents of a database', async (t) => {
  const db = server().client.db(`${server().dbName}_stats`.slice(0, 63));
  t.teardown(() => db.dropDatabase().then(() => undefined));
  await db.collection('a').insertMany([{ n: 1 }, { n: 2 }]);
  await db.collection('b').insertOne({ n: 3 });
  t.like(await db.stats(), { db: db.databaseName, collections: 2, objects: 3, ok: 1 });
});

test('an unknown command fails with code 59 CommandNotFound', async (t) => {
  const error = await t.throwsAsync(server().db.command({ noSuchCommand: 1 }), { instanceOf: mongo.MongoServerError });
  t.is(error?.code, 59);
  t.is(error?.codeName, 'CommandNotFound');
  t.regex(error?.message ?? '', /noSuchCommand/);
});

test('find with a non-string collection name fails with a typed error', async (t) => {
  const error = await t.throwsAsync(server().db.command({ find: 42 }), { instanceOf: mongo.MongoServerError });
  t.true([2, 14, 73].includes(error?.code as number), `code ${error?.code}`);
  t.is(error?.codeName, codeNames[error?.code as number]);
  t.true((error?.message ?? '').length > 0);
});

test('insert with a non-array documents field fails with code 14 or 2 naming the field', async (t) => {
  const error = await t.throwsAsync(server().db.command({ insert: collectionName(t.title), documents: { a: 1 } }), {
    instanceOf: mongo.MongoServerError,
  });
  t.true([2, 14].includes(error?.code as number), `code ${error?.code}`);
  t.is(error?.codeName, codeNames[error?.code as number]);
  t.regex(error?.message ?? '', /documents/);
  t.deepEqual(await server().db.listCollections({ name: collectionName(t.title) }).toArray(), []);
});

test('find with a non-document filter fails with code 14 or 2', async (t) => {
  const error = await t.throwsAsync(server().db.command({ find: collectionName(t.title), filter: 'a' }), {
    instanceOf: mongo.MongoServerError,
  });
  t.true([2, 14].includes(error?.code as number), `code ${error?.code}`);
  t.regex(error?.message ?? '', /filter/);
});

test('the server keeps serving the connection after a command error', async (t) => {
  await t.throwsAsync(server().db.command({ noSuchCommand: 1 }));
  await t.throwsAsync(server().db.command({ find: 42 }));
  t.like(await server().db.command({ ping: 1 }), { ok: 1 });
});
