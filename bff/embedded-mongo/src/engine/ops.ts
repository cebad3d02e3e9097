import type { Document } from 'bson';
import type { IndexSpec } from './indexes';

/**
 * Every change to the data is one of these. Commands turn requests into ops, the store applies
 * them, the journal records them, and recovery replays them: one code path for all three.
 */
export type Op =
  | { op: 'createCollection'; db: string; coll: string; options: Document }
  | { op: 'dropCollection'; db: string; coll: string }
  | { op: 'dropDatabase'; db: string }
  | { op: 'createIndex'; db: string; coll: string; spec: IndexSpec }
  | { op: 'dropIndex'; db: string; coll: string; name: string }
  | { op: 'insert'; db: string; coll: string; doc: Document }
  | { op: 'replace'; db: string; coll: string; doc: Document }
  | { op: 'delete'; db: string; coll: string; id: unknown };

/** What commands read from and write to: the live store, or a transaction's working set. */
export interface Catalog {
  getCollection(db: string, name: string): import('./collection').Collection | undefined;
  collections(db: string): import('./collection').Collection[];
  databases(): string[];
  /** Applies the op (throwing, without effect, if it cannot be applied) and records it. */
  write(op: Op): void;
  readonly inTransaction: boolean;
}
