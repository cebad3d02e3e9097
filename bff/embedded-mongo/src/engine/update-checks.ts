import type { Document } from 'bson';
import { CommandError } from '../errors';
import { isPlainObject, keyOf } from './values';

export const immutableId = () =>
  new CommandError(66, 'ImmutableField', "Performing an update on the path '_id' would modify the immutable field '_id'");

const NUMERIC_OPS = new Set(['$inc', '$mul']);
const ARRAY_OPS = new Set(['$push', '$addToSet', '$pull', '$pullAll', '$pop']);

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (value instanceof Date) return 'date';
  return isPlainObject(value) ? 'object' : 'unknown';
}

const isNumeric = (v: unknown) => typeof v === 'number' || (typeof v === 'object' && v !== null && ['Long', 'Double', 'Int32', 'Decimal128'].includes((v as { _bsontype?: string })._bsontype ?? ''));

/**
 * Checks an operator update against the document before it is applied, raising the errors mongod
 * raises where mingo would silently skip the operator: conflicting paths (40), `_id` changes (66),
 * arithmetic on non-numbers (14), array operators on non-arrays (2), and paths through scalars (28).
 * Positional paths (`$`, `$[]`, `$[id]`) are left to the update itself.
 */
export function checkOperatorUpdate(doc: Document, operators: Document, inserting: boolean): void {
  const seen: string[] = [];
  for (const [op, fields] of Object.entries(operators)) {
    if (!isPlainObject(fields)) throw new CommandError(9, 'FailedToParse', `Modifiers operate on fields but we found type ${typeName(fields)} instead.`);
    for (const path of Object.keys(fields)) {
      const clash = seen.find((p) => p === path || p.startsWith(`${path}.`) || path.startsWith(`${p}.`));
      if (clash) throw new CommandError(40, 'ConflictingUpdateOperators', `Updating the path '${path}' would create a conflict at '${clash}'`);
      seen.push(path);
      // An upsert may set _id while inserting; an update may only "set" it to the value it has.
      const touchesId = path === '_id' || path.startsWith('_id.');
      const unchanged = op === '$set' && path === '_id' && keyOf((fields as Document)[path]) === keyOf(doc._id);
      if (touchesId && !inserting && !unchanged) throw immutableId();
      if (path.split('.').some((part) => part.startsWith('$'))) continue;
      checkPath(doc, op, path, (fields as Document)[path]);
    }
  }
}

function checkPath(doc: Document, op: string, path: string, operand: unknown): void {
  const parts = path.split('.');
  let current: unknown = doc;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (current === undefined || current === null) return;
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(part)) return; // a field of every element: mongod's rules differ by operator; let it apply
      current = current[Number(part)];
      continue;
    }
    if (!isPlainObject(current)) {
      if (op === '$unset' || op === '$pull' || op === '$pullAll') return;
      const parent = parts.slice(0, i).join('.');
      throw new CommandError(28, 'PathNotViable', `Cannot create field '${part}' in element {${parent}: ${JSON.stringify(current)}}`);
    }
    current = current[part];
  }
  if (current === undefined) return;
  if (NUMERIC_OPS.has(op) && !isNumeric(current)) {
    throw new CommandError(14, 'TypeMismatch', `Cannot apply ${op} to a value of non-numeric type. The field '${path}' is of non-numeric type ${typeName(current)}`);
  }
  if (NUMERIC_OPS.has(op) && !isNumeric(operand)) {
    throw new CommandError(14, 'TypeMismatch', `Cannot ${op === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${JSON.stringify(operand)}}`);
  }
  if (ARRAY_OPS.has(op) && !Array.isArray(current)) {
    const verb = op === '$pull' || op === '$pullAll' ? `Cannot apply ${op} to a non-array value` : `The field '${path}' must be an array but is of type ${typeName(current)}`;
    throw new CommandError(2, 'BadValue', verb);
  }
}
