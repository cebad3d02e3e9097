import { ObjectId, type Document } from 'bson';
import { CommandError, failedToParse } from '../errors';
import { matching, shape } from '../engine/query';
import { applyUpdate, isReplacement, upsertDocument, type UpdateSpec } from '../engine/update';
import { keyOf } from '../engine/values';
import { collectionName, ensureCollection, optionalBool, optionalDoc, requireDocs } from './args';
import type { CommandContext, Handler } from './context';

function writeError(index: number, err: unknown): Document {
  if (err instanceof CommandError) return { index, code: err.code, codeName: err.codeName, errmsg: err.message, ...err.extra };
  throw err;
}

/** mongod stores `_id` as the first field whatever order the client sent. */
function withIdFirst(doc: Document): Document {
  if (doc._id === undefined) return { _id: new ObjectId(), ...doc };
  if (Object.keys(doc)[0] === '_id') return doc;
  const { _id, ...rest } = doc;
  return { _id, ...rest };
}

export const insert: Handler = ({ command, db, catalog }) => {
  const coll = collectionName(command, 'insert');
  const docs = requireDocs(command, 'insert', 'documents');
  const ordered = optionalBool(command, 'ordered', true);
  ensureCollection(catalog, db, coll);
  const writeErrors: Document[] = [];
  let n = 0;
  for (const [index, doc] of docs.entries()) {
    const toStore = withIdFirst(doc);
    try {
      catalog.write({ op: 'insert', db, coll, doc: toStore });
      n += 1;
    } catch (err) {
      writeErrors.push(writeError(index, err));
      if (ordered) break;
    }
  }
  return writeErrors.length ? { n, writeErrors, ok: 1 } : { n, ok: 1 };
};

export const update: Handler = ({ command, db, catalog }) => {
  const coll = collectionName(command, 'update');
  const updates = requireDocs(command, 'update', 'updates');
  const ordered = optionalBool(command, 'ordered', true);
  const writeErrors: Document[] = [];
  const upserted: Document[] = [];
  let n = 0;
  let nModified = 0;
  for (const [index, spec] of updates.entries()) {
    try {
      const result = updateOne(catalog, db, coll, spec);
      n += result.n;
      nModified += result.modified;
      if (result.upsertedId !== undefined) upserted.push({ index, _id: result.upsertedId });
    } catch (err) {
      writeErrors.push(writeError(index, err));
      if (ordered) break;
    }
  }
  const reply: Document = { n, nModified, ok: 1 };
  if (upserted.length) reply.upserted = upserted;
  if (writeErrors.length) reply.writeErrors = writeErrors;
  return reply;
};

function updateOne(catalog: CommandContext['catalog'], db: string, coll: string, spec: Document) {
  const filter = optionalDoc(spec, 'update.updates', 'q') ?? {};
  const u = spec.u as UpdateSpec;
  if (u === null || typeof u !== 'object') throw new CommandError(14, 'TypeMismatch', "BSON field 'update.updates.u' is the wrong type, expected type 'object'");
  const multi = spec.multi === true;
  if (multi && isReplacement(u)) throw failedToParse('multi update is not supported for replacement-style update');
  const arrayFilters = spec.arrayFilters as Document[] | undefined;
  const found = matching(catalog.getCollection(db, coll), filter, multi ? Infinity : 1);
  if (found.length === 0) {
    if (spec.upsert !== true) return { n: 0, modified: 0 };
    const doc = upsertDocument(filter, u, arrayFilters);
    ensureCollection(catalog, db, coll);
    catalog.write({ op: 'insert', db, coll, doc });
    return { n: 1, modified: 0, upsertedId: doc._id };
  }
  let modified = 0;
  for (const doc of found) {
    const next = applyUpdate(doc, u, { filter, arrayFilters });
    if (keyOf(next) === keyOf(doc)) continue;
    catalog.write({ op: 'replace', db, coll, doc: next });
    modified += 1;
  }
  return { n: found.length, modified };
}

export const remove: Handler = ({ command, db, catalog }) => {
  const coll = collectionName(command, 'delete');
  const deletes = requireDocs(command, 'delete', 'deletes');
  const ordered = optionalBool(command, 'ordered', true);
  const writeErrors: Document[] = [];
  let n = 0;
  for (const [index, spec] of deletes.entries()) {
    try {
      const filter = optionalDoc(spec, 'delete.deletes', 'q') ?? {};
      const limit = Number(spec.limit ?? 0);
      if (limit !== 0 && limit !== 1) throw new CommandError(9, 'FailedToParse', `The limit field in delete objects must be 0 or 1. Got ${limit}`);
      for (const doc of matching(catalog.getCollection(db, coll), filter, limit === 1 ? 1 : Infinity)) {
        catalog.write({ op: 'delete', db, coll, id: doc._id });
        n += 1;
      }
    } catch (err) {
      writeErrors.push(writeError(index, err));
      if (ordered) break;
    }
  }
  return writeErrors.length ? { n, writeErrors, ok: 1 } : { n, ok: 1 };
};

export const findAndModify: Handler = ({ command, db, catalog }) => {
  const coll = collectionName(command, Object.keys(command)[0] as string);
  const filter = optionalDoc(command, 'findAndModify', 'query') ?? {};
  const sort = optionalDoc(command, 'findAndModify', 'sort');
  const fields = optionalDoc(command, 'findAndModify', 'fields');
  const remove = command.remove === true;
  const u = command.update as UpdateSpec | undefined;
  if (remove && u !== undefined) throw failedToParse('Cannot specify both an update and remove=true');
  if (!remove && (u === undefined || u === null)) throw failedToParse('Either an update or remove=true must be specified');
  if (remove && command.upsert === true) throw failedToParse('Cannot specify both upsert=true and remove=true');
  const project = (doc: Document | null) => (doc && fields ? (shape([doc], { projection: fields })[0] ?? null) : doc);

  const candidates = matching(catalog.getCollection(db, coll), filter, sort ? Infinity : 1);
  const target = (sort ? shape(candidates, { sort }) : candidates)[0];
  if (remove) {
    if (!target) return { lastErrorObject: { n: 0 }, value: null, ok: 1 };
    catalog.write({ op: 'delete', db, coll, id: target._id });
    return { lastErrorObject: { n: 1 }, value: project(target), ok: 1 };
  }
  const arrayFilters = command.arrayFilters as Document[] | undefined;
  if (!target) {
    if (command.upsert !== true) return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
    const doc = upsertDocument(filter, u as UpdateSpec, arrayFilters);
    ensureCollection(catalog, db, coll);
    catalog.write({ op: 'insert', db, coll, doc });
    return { lastErrorObject: { n: 1, updatedExisting: false, upserted: doc._id }, value: command.new ? project(doc) : null, ok: 1 };
  }
  const next = applyUpdate(target, u as UpdateSpec, { filter, arrayFilters });
  if (keyOf(next) !== keyOf(target)) catalog.write({ op: 'replace', db, coll, doc: next });
  return { lastErrorObject: { n: 1, updatedExisting: true }, value: project(command.new ? next : target), ok: 1 };
};
