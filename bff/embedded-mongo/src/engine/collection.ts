import { ObjectId, type Document } from 'bson';
import { CommandError, badValue } from '../errors';
import { Index, type IndexSpec } from './indexes';
import { keyOf } from './values';

const NEW_DOCUMENT = '\u0000new';

export const ID_INDEX: IndexSpec = { name: '_id_', key: { _id: 1 } };

/**
 * Documents of one collection by canonical `_id` key, in insertion order, with their indexes.
 * Stored documents are never changed in place: a write replaces the stored object, so readers may
 * hold references to them.
 */
export class Collection {
  readonly docs = new Map<string, Document>();
  readonly indexes = new Map<string, Index>();
  readonly uuid: Buffer;

  constructor(
    readonly db: string,
    readonly name: string,
    readonly options: Document = {},
    uuid?: Buffer,
  ) {
    this.uuid = uuid ?? Buffer.from(new ObjectId().id);
    this.indexes.set(ID_INDEX.name, new Index(ID_INDEX, this.ns));
  }

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  get(id: unknown): Document | undefined {
    return this.docs.get(keyOf(id));
  }

  insert(doc: Document): void {
    if (doc._id === undefined) throw badValue('document to insert has no _id');
    if (Array.isArray(doc._id)) throw new CommandError(2, 'BadValue', `can't use an array for _id`);
    const id = keyOf(doc._id);
    const keys = this.keysOf(doc);
    // A new document owns no key yet, so any holder of one of its keys is a collision.
    for (const [index, k] of keys) index.check(doc, NEW_DOCUMENT, k);
    this.docs.set(id, doc);
    for (const [index, k] of keys) index.add(id, k);
  }

  /** Replaces the stored document with the same `_id`. */
  replace(doc: Document): Document {
    const id = keyOf(doc._id);
    const old = this.docs.get(id);
    if (!old) throw new CommandError(8, 'UnknownError', `no document with _id ${id} to replace`);
    const oldKeys = this.keysOf(old);
    const newKeys = this.keysOf(doc);
    for (const [index, k] of oldKeys) index.remove(id, k);
    try {
      for (const [index, k] of newKeys) index.check(doc, id, k);
    } catch (err) {
      for (const [index, k] of oldKeys) index.add(id, k);
      throw err;
    }
    for (const [index, k] of newKeys) index.add(id, k);
    this.docs.set(id, doc);
    return old;
  }

  remove(idValue: unknown): Document | undefined {
    const id = keyOf(idValue);
    const old = this.docs.get(id);
    if (!old) return undefined;
    for (const [index, k] of this.keysOf(old)) index.remove(id, k);
    this.docs.delete(id);
    return old;
  }

  /** Builds an index over the existing documents; fails without side effects on a duplicate. */
  addIndex(spec: IndexSpec): void {
    const index = new Index(spec, this.ns);
    for (const [id, doc] of this.docs) {
      const keys = index.keysFor(doc);
      index.check(doc, id, keys);
      index.add(id, keys);
    }
    this.indexes.set(spec.name, index);
  }

  dropIndex(name: string): void {
    this.indexes.delete(name);
  }

  /** A copy sharing the (immutable) documents: the working set of a transaction. */
  clone(): Collection {
    const copy = new Collection(this.db, this.name, this.options, this.uuid);
    for (const [id, doc] of this.docs) copy.docs.set(id, doc);
    copy.indexes.clear();
    for (const [name, index] of this.indexes) copy.indexes.set(name, index.clone());
    return copy;
  }

  private keysOf(doc: Document): [Index, string[]][] {
    return [...this.indexes.values()].map((index) => [index, index.keysFor(doc)]);
  }
}
