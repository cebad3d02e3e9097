import type { Document } from 'bson';
import { CommandError, invalidNamespace, typeMismatch } from '../errors';
import type { Catalog } from '../engine/ops';
import type { Collection } from '../engine/collection';
import { isPlainObject } from '../engine/values';

/** BSON type names as the server spells them in its parse errors. */
export function bsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (isPlainObject(value)) return 'object';
  return (value as object)?.constructor?.name?.toLowerCase() ?? typeof value;
}

export function collectionName(cmd: Document, name: string): string {
  const value = cmd[name];
  if (typeof value !== 'string') throw invalidNamespace(`collection name has invalid type ${bsonTypeName(value)}`);
  if (value.length === 0 || value.includes('\0') || value.startsWith('.') || value.includes('$')) {
    throw invalidNamespace(`Invalid namespace specified '${cmd.$db ?? ''}.${value}'`);
  }
  return value;
}

function wrongType(cmdName: string, field: string, value: unknown, expected: string): CommandError {
  return typeMismatch(`BSON field '${cmdName}.${field}' is the wrong type '${bsonTypeName(value)}', expected type '${expected}'`);
}

export function optionalDoc(cmd: Document, cmdName: string, field: string): Document | undefined {
  const value = cmd[field];
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) throw wrongType(cmdName, field, value, 'object');
  return value;
}

export function requireArray(cmd: Document, cmdName: string, field: string): unknown[] {
  const value = cmd[field];
  if (!Array.isArray(value)) throw wrongType(cmdName, field, value, 'array');
  return value;
}

export function requireDocs(cmd: Document, cmdName: string, field: string): Document[] {
  const items = requireArray(cmd, cmdName, field);
  items.forEach((item, i) => {
    if (!isPlainObject(item)) throw wrongType(cmdName, `${field}.${i}`, item, 'object');
  });
  return items as Document[];
}

export function optionalNumber(cmd: Document, cmdName: string, field: string): number | undefined {
  const value = cmd[field];
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : typeof (value as { toNumber?: unknown }).toNumber === 'function' ? (value as { toNumber(): number }).toNumber() : NaN;
  if (!Number.isFinite(n)) throw wrongType(cmdName, field, value, 'long');
  return n;
}

export function optionalBool(cmd: Document, field: string, fallback: boolean): boolean {
  const value = cmd[field];
  return value === undefined || value === null ? fallback : Boolean(value);
}

/** The collection, created on first write as MongoDB does implicitly. */
export function ensureCollection(catalog: Catalog, db: string, name: string): Collection {
  const existing = catalog.getCollection(db, name);
  if (existing) return existing;
  catalog.write({ op: 'createCollection', db, coll: name, options: {} });
  return catalog.getCollection(db, name) as Collection;
}
