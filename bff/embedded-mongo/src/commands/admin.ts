import { Binary, type Document } from 'bson';
import { CommandError, namespaceNotFound } from '../errors';
import { defaultIndexName, type IndexSpec } from '../engine/indexes';
import { compileFilter } from '../engine/query';
import { keyOf } from '../engine/values';
import { collectionName, ensureCollection, optionalDoc, requireDocs } from './args';
import type { Handler } from './context';

export const MAX_WIRE_VERSION = 21; // MongoDB 7.0

export const hello: Handler = ({ command, connectionId }) => ({
  ...(command.helloOk ? { helloOk: true } : {}),
  isWritablePrimary: true,
  ismaster: true,
  maxBsonObjectSize: 16 * 1024 * 1024,
  maxMessageSizeBytes: 48_000_000,
  maxWriteBatchSize: 100_000,
  localTime: new Date(),
  logicalSessionTimeoutMinutes: 30,
  connectionId,
  minWireVersion: 0,
  maxWireVersion: MAX_WIRE_VERSION,
  readOnly: false,
  ok: 1,
});

export const ping: Handler = () => ({ ok: 1 });

export const buildInfo: Handler = () => ({
  version: '7.0.0',
  gitVersion: 'embedded-mongo',
  versionArray: [7, 0, 0, 0],
  bits: 64,
  debug: false,
  maxBsonObjectSize: 16 * 1024 * 1024,
  storageEngines: ['embedded-journal'],
  ok: 1,
});

export const endSessions: Handler = ({ command, state }) => {
  const ids = Array.isArray(command.endSessions) ? (command.endSessions as Document[]) : [];
  state.sessions.end(ids);
  return { ok: 1 };
};

export const create: Handler = ({ command, db, catalog }) => {
  const name = collectionName(command, 'create');
  if (catalog.getCollection(db, name)) throw new CommandError(48, 'NamespaceExists', `Collection ${db}.${name} already exists.`);
  const { create: _name, $db, lsid, $clusterTime, $readPreference, txnNumber, autocommit, startTransaction, writeConcern, ...options } = command;
  catalog.write({ op: 'createCollection', db, coll: name, options });
  return { ok: 1 };
};

export const drop: Handler = ({ command, db, catalog }) => {
  const name = collectionName(command, 'drop');
  const coll = catalog.getCollection(db, name);
  if (!coll) return { ok: 1 }; // MongoDB 7.0 no longer fails on a missing collection.
  const nIndexesWas = coll.indexes.size;
  catalog.write({ op: 'dropCollection', db, coll: name });
  return { ns: `${db}.${name}`, nIndexesWas, ok: 1 };
};

export const dropDatabase: Handler = ({ db, catalog }) => {
  if (catalog.databases().includes(db)) catalog.write({ op: 'dropDatabase', db });
  return { dropped: db, ok: 1 };
};

export const listCollections: Handler = ({ command, db, catalog, state }) => {
  const filter = optionalDoc(command, 'listCollections', 'filter');
  let entries: Document[] = catalog.collections(db).map((c) => ({
    name: c.name,
    type: 'collection',
    options: c.options,
    info: { readOnly: false, uuid: new Binary(Buffer.concat([c.uuid, Buffer.alloc(4)]), Binary.SUBTYPE_UUID) },
    idIndex: { v: 2, key: { _id: 1 }, name: '_id_' },
  }));
  if (filter) {
    const query = compileFilter(filter);
    entries = entries.filter((e) => query.test(e));
  }
  if (command.nameOnly) entries = entries.map((e) => ({ name: e.name, type: e.type }));
  return state.cursors.first(`${db}.$cmd.listCollections`, entries, undefined);
};

export const listDatabases: Handler = ({ command, catalog }) => {
  const filter = optionalDoc(command, 'listDatabases', 'filter');
  let databases: Document[] = catalog.databases().map((name) => ({ name, sizeOnDisk: 0, empty: false }));
  if (filter) {
    const query = compileFilter(filter);
    databases = databases.filter((d) => query.test(d));
  }
  if (command.nameOnly) return { databases: databases.map((d) => ({ name: d.name })), ok: 1 };
  return { databases, totalSize: 0, totalSizeMb: 0, ok: 1 };
};

const UNSUPPORTED_INDEX_TYPES = new Set(['text', '2d', '2dsphere', 'geoHaystack', 'hashed']);

function parseIndexSpec(raw: Document): IndexSpec {
  const key = raw.key;
  if (!key || typeof key !== 'object' || Object.keys(key).length === 0) throw new CommandError(67, 'CannotCreateIndex', 'Index keys cannot be empty.');
  for (const [field, dir] of Object.entries(key as Document)) {
    if (UNSUPPORTED_INDEX_TYPES.has(String(dir))) throw new CommandError(67, 'CannotCreateIndex', `${dir} indexes are not supported by the embedded server (field '${field}')`);
    if (dir !== 1 && dir !== -1) throw new CommandError(67, 'CannotCreateIndex', `Values in the index key pattern can only be 1 or -1, found ${JSON.stringify(dir)}`);
  }
  const spec: IndexSpec = { name: typeof raw.name === 'string' ? raw.name : defaultIndexName(key), key };
  if (raw.unique === true) spec.unique = true;
  if (raw.sparse === true) spec.sparse = true;
  if (typeof raw.expireAfterSeconds === 'number') spec.expireAfterSeconds = raw.expireAfterSeconds;
  if (raw.partialFilterExpression) spec.partialFilterExpression = raw.partialFilterExpression;
  return spec;
}

const sameSpec = (a: IndexSpec, b: IndexSpec) => keyOf({ ...a }) === keyOf({ ...b });

export const createIndexes: Handler = ({ command, db, catalog }) => {
  const name = collectionName(command, 'createIndexes');
  const specs = requireDocs(command, 'createIndexes', 'indexes').map(parseIndexSpec);
  const createdCollectionAutomatically = !catalog.getCollection(db, name);
  const coll = ensureCollection(catalog, db, name);
  const numIndexesBefore = coll.indexes.size;
  for (const spec of specs) {
    const existing = coll.indexes.get(spec.name);
    if (existing) {
      if (sameSpec(existing.spec, spec)) continue;
      if (keyOf(existing.spec.key) !== keyOf(spec.key)) throw new CommandError(86, 'IndexKeySpecsConflict', `An existing index has the same name as the requested index but a different key. Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(existing.spec)}`);
      throw new CommandError(85, 'IndexOptionsConflict', `An existing index has the same name as the requested index but different options. Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(existing.spec)}`);
    }
    const sameKey = [...coll.indexes.values()].find((i) => keyOf(i.spec.key) === keyOf(spec.key) && keyOf(i.spec.partialFilterExpression) === keyOf(spec.partialFilterExpression));
    if (sameKey) throw new CommandError(85, 'IndexOptionsConflict', `Index already exists with a different name: ${sameKey.name}`);
    catalog.write({ op: 'createIndex', db, coll: name, spec });
  }
  const numIndexesAfter = coll.indexes.size;
  const reply: Document = { createdCollectionAutomatically, numIndexesBefore, numIndexesAfter, ok: 1 };
  if (numIndexesAfter === numIndexesBefore) reply.note = 'all indexes already exist';
  return reply;
};

export const listIndexes: Handler = ({ command, db, catalog, state }) => {
  const name = collectionName(command, 'listIndexes');
  const coll = catalog.getCollection(db, name);
  if (!coll) throw namespaceNotFound(`ns does not exist: ${db}.${name}`);
  const indexes = [...coll.indexes.values()].map((i) => ({ v: 2, ...i.spec }));
  return state.cursors.first(`${db}.${name}`, indexes, undefined);
};

export const dropIndexes: Handler = ({ command, db, catalog }) => {
  const name = collectionName(command, 'dropIndexes');
  const coll = catalog.getCollection(db, name);
  if (!coll) throw namespaceNotFound(`ns not found ${db}.${name}`);
  const nIndexesWas = coll.indexes.size;
  const wanted = command.index;
  let names: string[];
  if (wanted === '*') names = [...coll.indexes.keys()].filter((n) => n !== '_id_');
  else if (typeof wanted === 'string') names = [wanted];
  else if (Array.isArray(wanted)) names = wanted.map(String);
  else if (wanted && typeof wanted === 'object') {
    const found = [...coll.indexes.values()].find((i) => keyOf(i.spec.key) === keyOf(wanted));
    if (!found) throw new CommandError(27, 'IndexNotFound', `can't find index with key: ${JSON.stringify(wanted)}`);
    names = [found.name];
  } else throw new CommandError(14, 'TypeMismatch', "BSON field 'dropIndexes.index' is the wrong type");
  for (const n of names) {
    if (n === '_id_') throw new CommandError(72, 'InvalidOptions', 'cannot drop _id index');
    if (!coll.indexes.has(n)) throw new CommandError(27, 'IndexNotFound', `index not found with name [${n}]`);
  }
  for (const n of names) catalog.write({ op: 'dropIndex', db, coll: name, name: n });
  return { nIndexesWas, ok: 1 };
};

export const commitTransaction: Handler = ({ command, state }) => {
  state.sessions.commit(command);
  return { ok: 1 };
};

export const abortTransaction: Handler = ({ command, state }) => {
  state.sessions.abort(command);
  return { ok: 1 };
};
