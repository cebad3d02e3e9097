import { BSONRegExp, type Document } from 'bson';
import type { Query } from 'mingo/query';
import { CommandError } from '../errors';
import type { Collection } from './collection';
import { rewriteTypeOperators } from './bson-type';
import { newAggregator, newQuery } from './mingo-context';
import { applyPlan, simplePlan } from './projection';
import { cloneValue, isPlainObject, KEY_SEPARATOR, keyOf } from './values';

export function compileFilter(filter: Document | undefined): Query {
  try {
    return newQuery(rewriteTypeOperators(filter ?? {}) as Document);
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
    // A partial index holds only the documents its filter selects: it cannot answer other queries.
    if (index.spec.partialFilterExpression) continue;
    const perField = index.fields.map((field) => equalityKeys(filter[field], index.spec.sparse === true));
    if (perField.some((keys) => keys === undefined)) continue;
    let keys = [''];
    for (const fieldKeys of perField as string[][]) {
      keys = keys.flatMap((prefix) => fieldKeys.map((k) => (prefix ? `${prefix}${KEY_SEPARATOR}${k}` : k)));
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
  const projection = options.projection && Object.keys(options.projection).length > 0 ? options.projection : undefined;
  if (!hasSort && !options.skip && !options.limit && !projection) return docs;
  try {
    let cursor = newQuery({}).find<Document>(docs);
    if (hasSort) cursor = cursor.sort(options.sort as Record<string, 1 | -1>);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    const picked = cursor.all();
    return projection ? project(picked, projection) : picked;
  } catch (err) {
    if (err instanceof CommandError) throw err;
    throw new CommandError(2, 'BadValue', (err as Error).message);
  }
}

/**
 * find's projection. A `$slice` with no inclusion beside it counts as an exclusion in MongoDB
 * (every other field stays), which mingo reads as an inclusion: such slices are applied here.
 */
function project(docs: Document[], projection: Document): Document[] {
  const plan = simplePlan(projection);
  if (plan) return docs.map((doc) => applyPlan(doc, plan));
  const slices = Object.entries(projection).filter(([, v]) => isPlainObject(v) && '$slice' in v);
  const rest = Object.fromEntries(Object.entries(projection).filter(([, v]) => !(isPlainObject(v) && '$slice' in v)));
  const includes = Object.entries(rest).some(([k, v]) => k !== '_id' && (v === 1 || v === true || isPlainObject(v)));
  // mingo's projection edits nested objects of its input in place: it gets copies.
  if (slices.length === 0 || includes) return newQuery({}).find<Document>(docs.map(cloneValue), projection).all();
  const base = Object.keys(rest).length ? newQuery({}).find<Document>(docs.map(cloneValue), rest).all() : docs.map(cloneValue);
  return base.map((doc) => {
    for (const [path, spec] of slices) applySlice(doc, path.split('.'), (spec as Document).$slice);
    return doc;
  });
}

function applySlice(doc: Document, path: string[], slice: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined || !isPlainObject(doc)) return;
  if (rest.length > 0) {
    const next = doc[head];
    if (Array.isArray(next)) next.forEach((item) => applySlice(item as Document, rest, slice));
    else applySlice(next as Document, rest, slice);
    return;
  }
  const arr = doc[head];
  if (!Array.isArray(arr)) return;
  if (typeof slice === 'number') doc[head] = slice >= 0 ? arr.slice(0, slice) : arr.slice(slice);
  else if (Array.isArray(slice)) {
    const [skip, n] = slice as [number, number];
    const start = skip >= 0 ? skip : Math.max(0, arr.length + skip);
    doc[head] = arr.slice(start, start + n);
  }
}

export function runPipeline(docs: Document[], pipeline: Document[], resolve?: (name: string) => Document[]): Document[] {
  // mingo's $count answers {n: 0} for no input; mongod answers nothing, and so must the stages after it.
  const countAt = pipeline.findIndex((stage) => isPlainObject(stage) && '$count' in stage);
  if (countAt >= 0) {
    const before = runPipeline(docs, pipeline.slice(0, countAt), resolve);
    if (before.length === 0) return [];
    return runPipeline(mingoRun(before, [pipeline[countAt] as Document], resolve), pipeline.slice(countAt + 1), resolve);
  }
  return pipeline.length === 0 ? docs : mingoRun(docs, pipeline, resolve);
}

function mingoRun(docs: Document[], pipeline: Document[], resolve?: (name: string) => Document[]): Document[] {
  try {
    return newAggregator(pipeline, resolve).run(docs) as Document[];
  } catch (err) {
    if (err instanceof CommandError) throw err;
    throw new CommandError(2, 'BadValue', (err as Error).message);
  }
}
