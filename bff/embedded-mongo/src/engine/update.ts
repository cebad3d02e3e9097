import { ObjectId, type Document } from 'bson';
import { update as mingoUpdate } from 'mingo';
import { CommandError, failedToParse } from '../errors';
import { expandArrayPaths } from './positional';
import { runPipeline } from './query';
import { checkOperatorUpdate, immutableId } from './update-checks';
import { cloneValue, isPlainObject, keyOf } from './values';

export type UpdateSpec = Document | Document[];


export function isReplacement(update: UpdateSpec): boolean {
  return !Array.isArray(update) && Object.keys(update).every((k) => !k.startsWith('$'));
}

/**
 * The document `update` turns `doc` into, as a new object (`doc` is left as it was).
 * `inserting` applies `$setOnInsert`, which MongoDB honours only when an upsert inserts.
 */
export function applyUpdate(doc: Document, update: UpdateSpec, options: { filter?: Document; arrayFilters?: Document[]; inserting?: boolean } = {}): Document {
  let next: Document;
  if (Array.isArray(update)) {
    next = runPipeline([cloneValue(doc)], update)[0] ?? {};
  } else if (isReplacement(update)) {
    next = { _id: doc._id, ...cloneValue(update) };
  } else {
    next = cloneValue(doc);
    const { $setOnInsert, ...operators } = update;
    for (const op of Object.keys(operators)) if (!SUPPORTED.has(op)) throw failedToParse(`Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update specified as an array`);
    checkOperatorUpdate(doc, options.inserting ? update : operators, options.inserting === true);
    try {
      const concrete = withoutEmpty(expandArrayPaths(doc, operators, options.arrayFilters));
      if (Object.keys(concrete).length > 0) mingoUpdate(next, concrete, undefined, options.filter);
      if (options.inserting && isPlainObject($setOnInsert)) mingoUpdate(next, { $set: $setOnInsert });
    } catch (err) {
      if (err instanceof CommandError) throw err;
      if (/immutable field '_id'/.test((err as Error).message)) throw immutableId();
      throw new CommandError(2, 'BadValue', (err as Error).message);
    }
  }
  if (doc._id !== undefined && keyOf(next._id) !== keyOf(doc._id)) throw immutableId();
  return next;
}

/** Operators whose array paths matched no element change nothing; mingo would refuse them empty. */
function withoutEmpty(operators: Document): Document {
  return Object.fromEntries(Object.entries(operators).filter(([, fields]) => !isPlainObject(fields) || Object.keys(fields).length > 0));
}

const SUPPORTED = new Set(['$set', '$unset', '$inc', '$mul', '$min', '$max', '$rename', '$push', '$addToSet', '$pull', '$pullAll', '$pop', '$currentDate', '$bit']);

/** The document an upsert inserts: the filter's equality conditions, then the update applied. */
export function upsertDocument(filter: Document, update: UpdateSpec, arrayFilters?: Document[]): Document {
  let seed: Document = {};
  if (isReplacement(update)) {
    const id = equalities(filter)._id;
    seed = id === undefined ? { ...cloneValue(update as Document) } : { _id: id, ...cloneValue(update as Document) };
  } else {
    for (const [path, value] of Object.entries(equalities(filter))) {
      // mingo refuses to $set _id (rightly, for updates); an upsert's _id comes from the filter.
      if (path === '_id') seed._id = cloneValue(value);
      else if (!path.startsWith('_id.')) mingoUpdate(seed, { $set: { [path]: cloneValue(value) } });
    }
    seed = applyUpdate(seed, update, { arrayFilters, inserting: true });
  }
  if (seed._id === undefined) seed = { _id: new ObjectId(), ...seed };
  else if (Object.keys(seed)[0] !== '_id') {
    const { _id, ...rest } = seed;
    seed = { _id, ...rest };
  }
  return seed;
}

function equalities(filter: Document): Document {
  const out: Document = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) Object.assign(out, equalities(part));
    } else if (!key.startsWith('$')) {
      if (isPlainObject(value)) {
        const ops = Object.keys(value);
        if (ops.length === 1 && ops[0] === '$eq') out[key] = value.$eq;
        else if (ops.length > 0 && !ops[0]?.startsWith('$')) out[key] = value;
      } else if (!(value instanceof RegExp)) out[key] = value;
    }
  }
  return out;
}
