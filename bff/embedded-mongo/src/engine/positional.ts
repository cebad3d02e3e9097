import type { Document } from 'bson';
import { badValue, failedToParse } from '../errors';
import { compileFilter } from './query';
import { cloneValue, isPlainObject } from './values';

const ALL = '$[]';
const IDENTIFIER = /^\$\[([a-z]\w*)\]$/;

/**
 * Rewrites `$[]` and `$[id]` paths into the element paths they stand for, chosen on the document
 * as it was before the update, as mongod does. mingo instead treats two such paths into one array
 * (`choices.$[c].sms` and `choices.$[c].platform`) as a conflict, and would test each filter
 * against a document the previous path had already changed. The plain `$` is left to mingo: it
 * depends on the query filter, which mingo has.
 */
export function expandArrayPaths(doc: Document, operators: Document, arrayFilters: readonly Document[] = []): Document {
  const used = new Set<string>();
  const out: Document = {};
  for (const [op, fields] of Object.entries(operators)) {
    if (!isPlainObject(fields)) {
      out[op] = fields;
      continue;
    }
    const expanded: Document = {};
    for (const [path, value] of Object.entries(fields as Document)) {
      if (!path.includes('$[')) {
        expanded[path] = value;
        continue;
      }
      for (const concrete of elementPaths(doc, path, arrayFilters, used)) expanded[concrete] = cloneValue(value);
    }
    out[op] = expanded;
  }
  for (const filter of arrayFilters) {
    const id = identifierOf(filter);
    if (!used.has(id)) throw failedToParse(`The array filter for identifier '${id}' was not used in the update ${JSON.stringify(operators)}`);
  }
  return out;
}

/** The identifier an array filter is for: the part of its keys before the first dot. */
function identifierOf(filter: Document): string {
  const ids = new Set(Object.keys(filter).map((key) => key.split('.')[0] as string));
  if (ids.size !== 1) throw failedToParse(`Error parsing array filter: expected a single top-level field name, found ${ids.size}`);
  return [...ids][0] as string;
}

function elementPaths(doc: Document, path: string, arrayFilters: readonly Document[], used: Set<string>): string[] {
  let found: { parts: string[]; value: unknown }[] = [{ parts: [], value: doc }];
  for (const part of path.split('.')) {
    const id = part === ALL ? '' : IDENTIFIER.exec(part)?.[1];
    if (id === undefined) {
      found = found.map(({ parts, value }) => ({ parts: [...parts, part], value: isPlainObject(value) || Array.isArray(value) ? (value as Document)[part] : undefined }));
      continue;
    }
    const filter = id ? arrayFilters.find((f) => identifierOf(f) === id) : undefined;
    if (id && !filter) throw badValue(`No array filter found for identifier '${id}' in path '${path}'`);
    if (id) used.add(id);
    const query = filter ? compileFilter(filter) : undefined;
    found = found.flatMap(({ parts, value }) => {
      const where = parts.join('.');
      if (value === undefined || value === null) throw badValue(`The path '${where}' must exist in the document in order to apply array updates.`);
      if (!Array.isArray(value)) throw badValue(`Cannot apply array updates to non-array element ${where}`);
      return value.flatMap((element, index) => (!query || query.test({ [id as string]: element }) ? [{ parts: [...parts, String(index)], value: element }] : []));
    });
  }
  return found.map(({ parts }) => parts.join('.'));
}
