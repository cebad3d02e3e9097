import type { Document } from 'bson';
import { CommandError, failedToParse } from '../errors';
import { matching, runPipeline, shape } from '../engine/query';
import { cloneValue, keyOf, valuesAtPath } from '../engine/values';
import { collectionName, optionalDoc, optionalNumber, requireArray } from './args';
import type { Handler } from './context';

export const find: Handler = ({ command, db, catalog, state }) => {
  const coll = collectionName(command, 'find');
  const filter = optionalDoc(command, 'find', 'filter');
  const sort = optionalDoc(command, 'find', 'sort');
  const projection = optionalDoc(command, 'find', 'projection');
  const skip = optionalNumber(command, 'find', 'skip') ?? 0;
  const rawLimit = optionalNumber(command, 'find', 'limit') ?? 0;
  if (skip < 0) throw new CommandError(51024, 'Location51024', "BSON field 'skip' value must be >= 0, actual value '" + skip + "'");
  const limit = Math.abs(rawLimit);
  // Without a sort the first skip+limit matches are all that is needed.
  const wanted = !sort && limit > 0 ? skip + limit : Infinity;
  const docs = shape(matching(catalog.getCollection(db, coll), filter, wanted), { sort, skip, limit, projection });
  const batchSize = optionalNumber(command, 'find', 'batchSize');
  return state.cursors.first(`${db}.${coll}`, docs, batchSize, command.singleBatch === true || rawLimit < 0);
};

export const getMore: Handler = ({ command, db, state }) => {
  const id = optionalNumber(command, 'getMore', 'getMore');
  if (id === undefined) throw new CommandError(14, 'TypeMismatch', "BSON field 'getMore.getMore' is missing but a required field");
  const coll = collectionName(command, 'collection');
  return state.cursors.more(id, `${db}.${coll}`, optionalNumber(command, 'getMore', 'batchSize'));
};

export const killCursors: Handler = ({ command, state }) => {
  collectionName(command, 'killCursors');
  const ids = requireArray(command, 'killCursors', 'cursors').map((id) => Number(id?.toString()));
  const { killed, notFound } = state.cursors.kill(ids);
  return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
};

const UNSUPPORTED_STAGES = new Set(['$out', '$merge', '$changeStream', '$search', '$geoNear', '$currentOp', '$collStats', '$indexStats']);

export const aggregate: Handler = ({ command, db, catalog, state }) => {
  const target = command.aggregate;
  const pipeline = requireArray(command, 'aggregate', 'pipeline') as Document[];
  if (!optionalDoc(command, 'aggregate', 'cursor') && command.explain !== true) {
    throw failedToParse("The 'cursor' option is required, except for aggregate with the explain argument");
  }
  if (command.explain) throw new CommandError(115, 'CommandNotSupported', 'explain is not supported by the embedded server');
  for (const stage of pipeline) {
    const name = Object.keys(stage ?? {})[0] ?? '';
    if (UNSUPPORTED_STAGES.has(name)) throw new CommandError(40324, 'Location40324', `${name} is not supported by the embedded server`);
  }
  let input: Document[] = [];
  let rest = pipeline;
  let ns = `${db}.$cmd.aggregate`;
  if (target !== 1) {
    const coll = collectionName(command, 'aggregate');
    ns = `${db}.${coll}`;
    const first = pipeline[0];
    // A leading $match is answered like a find, so it can use an index.
    if (first && first.$match && Object.keys(first).length === 1) {
      input = matching(catalog.getCollection(db, coll), first.$match as Document);
      rest = pipeline.slice(1);
    } else {
      input = [...(catalog.getCollection(db, coll)?.docs.values() ?? [])];
    }
  }
  // Stages may change their input in place; stored documents must never change.
  const resolve = (name: string) => [...(catalog.getCollection(db, name)?.docs.values() ?? [])].map(cloneValue);
  const docs = rest.length ? runPipeline(input.map(cloneValue), rest, resolve) : input;
  const batchSize = optionalNumber(command.cursor ?? {}, 'aggregate', 'batchSize');
  return state.cursors.first(ns, docs, batchSize);
};

export const count: Handler = ({ command, db, catalog }) => {
  const coll = collectionName(command, 'count');
  const query = optionalDoc(command, 'count', 'query');
  const skip = optionalNumber(command, 'count', 'skip') ?? 0;
  const limit = Math.abs(optionalNumber(command, 'count', 'limit') ?? 0);
  const collection = catalog.getCollection(db, coll);
  let n = query && Object.keys(query).length ? matching(collection, query).length : (collection?.docs.size ?? 0);
  n = Math.max(0, n - skip);
  if (limit > 0) n = Math.min(n, limit);
  return { n, ok: 1 };
};

export const distinct: Handler = ({ command, db, catalog }) => {
  const coll = collectionName(command, 'distinct');
  const key = command.key;
  if (typeof key !== 'string') throw new CommandError(14, 'TypeMismatch', "BSON field 'distinct.key' is the wrong type, expected type 'string'");
  const query = optionalDoc(command, 'distinct', 'query');
  const seen = new Map<string, unknown>();
  for (const doc of matching(catalog.getCollection(db, coll), query)) {
    for (const value of valuesAtPath(doc, key.split('.'))) {
      if (value !== undefined && !seen.has(keyOf(value))) seen.set(keyOf(value), value);
    }
  }
  return { values: [...seen.values()], ok: 1 };
};
