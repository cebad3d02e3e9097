import { BSONRegExp, type Document } from 'bson';
import { Aggregator, Query } from 'mingo';
import { CommandError } from '../errors';
import type { Collection } from './collection';
import { isPlainObject, keyOf } from './values';

/** `$where`, `$function` and `$accumulator` run code; a database server should not run its clients' code. */
export const MINGO_OPTIONS = { scriptEnabled: false } as const;

export function compileFilter(filter: Document | undefined): Query {
  try {
    return new Query(filter ?? {}, MINGO_OPTIONS);
  } catch (err) {
    throw new CommandError(2, 'BadValue', (err as Error).message);
  }
}

/**
 * Documents of `coll` matching `filter`, in natural order. When the filter pins every field of an
 * index (including `_id`) to equality or `$in` values, only the documents under those keys are
 * tested; otherwise the collection is scanned.
 */
export function matching(coll: Collection | undefined, filter: Document | undefined, limit = Infinity): Document[] {
  if (!coll) return [];
  const query = compileFilter(filter);
  const out: Document[] = [];
  const candidates = filter ? candidatesFromIndex(coll, filter) : undefined;
  for (const doc of candidates ?? coll.docs.values()) {
    if (query.test(doc)) {
      out.push(doc);
      if (out.length >= limit) break;
    }
  }
  return out;
}

function candidatesFromIndex(coll: Collection, filter: Document): Document[] | undefined {
  for (const index of coll.indexes.values()) {
    const perField = index.fields.map((field) => equalityKeys(filter[field], index.spec.sparse === true));
    if (perField.some((keys) => keys === undefined)) continue;
    let keys = [''];
    for (const fieldKeys of perField as string[][]) {
      keys = keys.flatMap((prefix) => fieldKeys.map((k) => (prefix ? `${prefix}|${k}` : k)));
    }
    const ids = new Set<string>();
    for (const key of keys) for (const id of index.lookup(key)) ids.add(id);
    // Index order, as a real server returns an index scan's results.
    return [...ids].map((id) => coll.docs.get(id)).filter((d): d is Document => d !== undefined);
  }
  return undefined;
}

/** Canonical keys for an equality condition, or undefined when the condition is not one an index can answer. */
function equalityKeys(condition: unknown, sparse: boolean): string[] | undefined {
  if (condition === undefined) return undefined;
  const scalar = (v: unknown) =>
    !(v instanceof RegExp || v instanceof BSONRegExp || Array.isArray(v) || isPlainObject(v) || (sparse && v === null));
  if (isPlainObject(condition)) {
    const ops = Object.keys(condition);
    if (ops.length !== 1) return undefined;
    if (ops[0] === '$eq' && scalar(condition.$eq)) return [keyOf(condition.$eq)];
    if (ops[0] === '$in' && Array.isArray(condition.$in) && condition.$in.every(scalar)) return condition.$in.map(keyOf);
    return undefined;
  }
  return scalar(condition) ? [keyOf(condition)] : undefined;
}

export interface ReadOptions {
  sort?: Document;
  skip?: number;
  limit?: number;
  projection?: Document;
}

/** Sort, skip, limit and projection over matched documents, with find's projection rules. */
export function shape(docs: Document[], options: ReadOptions): Document[] {
  const hasSort = options.sort && Object.keys(options.sort).length > 0;
  const hasProjection = options.projection && Object.keys(options.projection).length > 0;
  if (!hasSort && !options.skip && !options.limit && !hasProjection) return docs;
  try {
    let cursor = new Query({}, MINGO_OPTIONS).find<Document>(docs, hasProjection ? options.projection : undefined);
    if (hasSort) cursor = cursor.sort(options.sort as Record<string, 1 | -1>);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return cursor.all();
  } catch (err) {
    throw new CommandError(2, 'BadValue', (err as Error).message);
  }
}

export function runPipeline(docs: Document[], pipeline: Document[], resolve?: (name: string) => Document[]): Document[] {
  try {
    return new Aggregator(pipeline, { ...MINGO_OPTIONS, collectionResolver: resolve }).run(docs) as Document[];
  } catch (err) {
    if (err instanceof CommandError) throw err;
    throw new CommandError(2, 'BadValue', (err as Error).message);
  }
}
