import type { Document } from 'bson';
import { DuplicateKeyError, badValue } from '../errors';
import type { Query } from 'mingo/query';
import { compileFilter } from './query';
import { KEY_SEPARATOR, keyOf, valuesAtPath } from './values';

export interface IndexSpec {
  name: string;
  key: Document;
  unique?: boolean;
  sparse?: boolean;
  expireAfterSeconds?: number;
  partialFilterExpression?: Document;
}

/**
 * One index of a collection: a hash map from the canonical key of the indexed values to the ids of
 * the documents holding them. Unique indexes are enforced here, so a write costs one lookup per
 * index, never a scan of the collection.
 */
export class Index {
  readonly fields: string[];
  private readonly paths: string[][];
  private readonly entries = new Map<string, Set<string>>();
  private readonly partial: Query | undefined;

  constructor(
    readonly spec: IndexSpec,
    private readonly ns: string,
  ) {
    this.fields = Object.keys(spec.key);
    if (this.fields.length === 0) throw badValue('Index keys cannot be empty.');
    this.paths = this.fields.map((f) => f.split('.'));
    this.partial = spec.partialFilterExpression ? compileFilter(spec.partialFilterExpression) : undefined;
  }

  get name(): string {
    return this.spec.name;
  }

  get unique(): boolean {
    return this.spec.unique === true || this.spec.name === '_id_';
  }

  /** The canonical keys a document contributes; none when a sparse index skips it. */
  keysFor(doc: Document): string[] {
    if (this.partial && !this.partial.test(doc)) return [];
    const perField = this.paths.map((p) => valuesAtPath(doc, p));
    if (this.spec.sparse && perField.every((vals) => vals.every((v) => v === undefined))) return [];
    let keys = [''];
    for (const vals of perField) {
      const distinct = [...new Set(vals.map(keyOf))];
      keys = keys.flatMap((prefix) => distinct.map((k) => (prefix ? `${prefix}${KEY_SEPARATOR}${k}` : k)));
    }
    return keys;
  }

  /** Throws the driver's E11000 error when `doc` would collide with another document. */
  check(doc: Document, id: string, keys = this.keysFor(doc)): void {
    if (!this.unique) return;
    for (const key of keys) {
      const holders = this.entries.get(key);
      if (holders && (holders.size > 1 || !holders.has(id))) {
        // Report the values that collided (for an array field, the element, not the whole array).
        const parts = key.split(KEY_SEPARATOR);
        const keyValue: Document = {};
        this.fields.forEach((field, i) => {
          const values = valuesAtPath(doc, this.paths[i] as string[]);
          keyValue[field] = values.find((v) => keyOf(v) === parts[i]) ?? values[0] ?? null;
        });
        throw new DuplicateKeyError(this.ns, this.name, this.spec.key, keyValue);
      }
    }
  }

  add(id: string, keys: string[]): void {
    for (const key of keys) {
      let holders = this.entries.get(key);
      if (!holders) this.entries.set(key, (holders = new Set()));
      holders.add(id);
    }
  }

  remove(id: string, keys: string[]): void {
    for (const key of keys) {
      const holders = this.entries.get(key);
      if (!holders) continue;
      holders.delete(id);
      if (holders.size === 0) this.entries.delete(key);
    }
  }

  /** Ids holding exactly this key (the caller builds it with the same rules as `keysFor`). */
  lookup(key: string): ReadonlySet<string> {
    return this.entries.get(key) ?? EMPTY;
  }

  clone(ns = this.ns): Index {
    const copy = new Index(this.spec, ns);
    for (const [key, ids] of this.entries) copy.entries.set(key, new Set(ids));
    return copy;
  }
}

const EMPTY: ReadonlySet<string> = new Set();


/** MongoDB's default index name: `a_1_b_-1`. */
export function defaultIndexName(key: Document): string {
  return Object.entries(key)
    .map(([k, v]) => `${k}_${v}`)
    .join('_');
}
