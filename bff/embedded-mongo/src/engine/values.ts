import { Binary, BSONRegExp, Decimal128, Double, Int32, Long, ObjectId, Timestamp, UUID, type Document } from 'bson';

/**
 * Deep copy that keeps BSON value classes. Stored documents are shared with readers, so every
 * writer works on a copy; `structuredClone` would turn an ObjectId into a plain object.
 * BSON scalar classes are immutable in practice and are shared, Dates are copied.
 */
export function cloneValue<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneValue) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (isBsonScalar(value)) return value;
  const out: Document = {};
  for (const key of Object.keys(value)) out[key] = cloneValue((value as Document)[key]);
  return out as T;
}

export function isBsonScalar(value: object): boolean {
  return (
    value instanceof ObjectId ||
    value instanceof Binary ||
    value instanceof Long ||
    value instanceof Decimal128 ||
    value instanceof Timestamp ||
    value instanceof Double ||
    value instanceof Int32 ||
    value instanceof BSONRegExp ||
    value instanceof RegExp ||
    value instanceof UUID ||
    value instanceof Buffer
  );
}

export function isPlainObject(value: unknown): value is Document {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && !isBsonScalar(value);
}

/** Joins the parts of a compound key; keyOf never emits it (JSON escapes control characters). */
export const KEY_SEPARATOR = '\u0001';

/**
 * A canonical string for a value, equal exactly when MongoDB's index would treat two values as
 * the same key: numbers compare by value whatever their BSON type, embedded documents by field
 * order and values.
 */
export function keyOf(value: unknown): string {
  if (value === undefined || value === null) return 'z';
  switch (typeof value) {
    case 'number':
      return `n${Object.is(value, -0) ? 0 : value}`;
    case 'bigint':
      return `n${value}`;
    case 'string':
      return `s${JSON.stringify(value)}`;
    case 'boolean':
      return value ? 'bt' : 'bf';
    default:
      break;
  }
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value instanceof ObjectId) return `o${value.toHexString()}`;
  if (value instanceof Long) return `n${value.toString()}`;
  if (value instanceof Int32 || value instanceof Double) return `n${value.valueOf()}`;
  if (value instanceof Decimal128) return `n${Number(value.toString())}`;
  if (value instanceof Binary) return `x${value.sub_type}:${Buffer.from(value.buffer).toString('base64')}`;
  if (value instanceof Timestamp) return `t${value.toString()}`;
  if (value instanceof RegExp) return `r${value.source}/${value.flags}`;
  if (value instanceof BSONRegExp) return `r${value.pattern}/${value.options}`;
  if (Array.isArray(value)) return `[${value.map(keyOf).join(',')}]`;
  const doc = value as Document;
  return `{${Object.keys(doc)
    .map((k) => `${JSON.stringify(k)}:${keyOf(doc[k])}`)
    .join(',')}}`;
}

/** Values at a dotted path, descending into arrays as MongoDB's multikey indexes do. */
export function valuesAtPath(doc: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [doc];
  if (Array.isArray(doc)) {
    const [head] = path;
    if (head !== undefined && /^\d+$/.test(head)) return valuesAtPath(doc[Number(head)], path.slice(1));
    return doc.flatMap((item) => (isPlainObject(item) ? valuesAtPath(item, path) : []));
  }
  if (!isPlainObject(doc)) return [undefined];
  const [head, ...rest] = path;
  const next = doc[head as string];
  if (next === undefined) return [undefined];
  if (rest.length === 0) return Array.isArray(next) ? (next.length === 0 ? [undefined] : next) : [next];
  return valuesAtPath(next, rest);
}

/** Plain-JSON view of a value for messages (ObjectId as hex, dates as ISO). */
export function displayValue(value: unknown): unknown {
  if (value instanceof ObjectId) return value.toHexString();
  if (value instanceof Date) return value.toISOString();
  return value;
}
