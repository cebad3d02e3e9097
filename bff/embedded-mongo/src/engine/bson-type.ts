import { Binary, BSONRegExp, Decimal128, Double, Int32, Long, ObjectId, Timestamp, type Document } from 'bson';
import { isPlainObject } from './values';

/**
 * `$type` as MongoDB defines it, by BSON type name or number. mingo's own `$type` knows only JSON
 * types (no objectId, binData, timestamp...), so filters are rewritten to this operator before
 * mingo compiles them; numbers are held as JS numbers, so int/long/double are told apart by value.
 */
const CHECKS: Record<string, (v: unknown) => boolean> = {
  double: (v) => (typeof v === 'number' && !Number.isInteger(v)) || v instanceof Double,
  string: (v) => typeof v === 'string',
  object: (v) => isPlainObject(v),
  array: (v) => Array.isArray(v),
  binData: (v) => v instanceof Binary || Buffer.isBuffer(v),
  undefined: (v) => v === undefined,
  objectId: (v) => v instanceof ObjectId,
  bool: (v) => typeof v === 'boolean',
  date: (v) => v instanceof Date,
  null: (v) => v === null,
  regex: (v) => v instanceof RegExp || v instanceof BSONRegExp,
  int: (v) => (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 0x7fffffff) || v instanceof Int32,
  timestamp: (v) => v instanceof Timestamp,
  long: (v) => (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) > 0x7fffffff) || v instanceof Long,
  decimal: (v) => v instanceof Decimal128,
  number: (v) => typeof v === 'number' || v instanceof Long || v instanceof Decimal128 || v instanceof Double || v instanceof Int32,
};
const NUMBERS: Record<number, string> = { 1: 'double', 2: 'string', 3: 'object', 4: 'array', 5: 'binData', 6: 'undefined', 7: 'objectId', 8: 'bool', 9: 'date', 10: 'null', 11: 'regex', 16: 'int', 17: 'timestamp', 18: 'long', 19: 'decimal' };

function matchesType(value: unknown, wanted: unknown): boolean {
  const name = typeof wanted === 'number' ? NUMBERS[wanted] : String(wanted);
  return name !== undefined && (CHECKS[name]?.(value) ?? false);
}

/** The values a dotted path reaches, through arrays of documents on the way (the last array is kept whole). */
function valuesAt(value: unknown, path: string[]): unknown[] {
  const [head, ...rest] = path;
  if (head === undefined) return [value];
  if (Array.isArray(value)) {
    if (/^\d+$/.test(head)) return valuesAt(value[Number(head)], rest);
    return value.flatMap((item) => (isPlainObject(item) ? valuesAt(item, path) : []));
  }
  return isPlainObject(value) ? valuesAt(value[head], rest) : [undefined];
}

export const bsonType = (selector: string, wanted: unknown) => {
  const path = selector.split('.');
  const types = Array.isArray(wanted) ? wanted : [wanted];
  return (doc: Document) =>
    valuesAt(doc, path).some((value) =>
      types.some((t) => matchesType(value, t) || (t !== 'array' && t !== 4 && Array.isArray(value) && value.some((v) => matchesType(v, t)))),
    );
};


/** Replaces every `$type` in a filter with `$bsonType` (a copy; the request is left as it was). */
export function rewriteTypeOperators(filter: unknown): unknown {
  if (Array.isArray(filter)) return filter.map(rewriteTypeOperators);
  if (!isPlainObject(filter)) return filter;
  const out: Document = {};
  for (const [key, value] of Object.entries(filter)) out[key === '$type' ? '$bsonType' : key] = rewriteTypeOperators(value);
  return out;
}
