import type { Document } from 'bson';
import { CommandError } from '../errors';
import { Collection } from './collection';
import type { Catalog, Op } from './ops';

export interface OpSink {
  /** Makes a committed group of ops durable before the client hears of it. */
  record(ops: Op[]): void;
}

/**
 * All databases and collections. Writes made while a command runs collect in `pending`; the
 * dispatcher calls `flush()` once the command is done, so each acknowledged command is one
 * journal record (a torn record then drops a whole command, never part of one).
 */
export class Store implements Catalog {
  readonly inTransaction = false;
  private readonly dbs = new Map<string, Map<string, Collection>>();
  private pending: Op[] = [];
  sink: OpSink | undefined;

  getCollection(db: string, name: string): Collection | undefined {
    return this.dbs.get(db)?.get(name);
  }

  collections(db: string): Collection[] {
    return [...(this.dbs.get(db)?.values() ?? [])];
  }

  databases(): string[] {
    return [...this.dbs.keys()];
  }

  write(op: Op): void {
    this.apply(op);
    this.pending.push(op);
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const ops = this.pending;
    this.pending = [];
    this.sink?.record(ops);
  }

  /** Applies a transaction's ops all or nothing, then records them as one group. */
  applyAtomically(ops: Op[]): void {
    const undo: Op[] = [];
    try {
      for (const op of ops) undo.push(...this.apply(op));
    } catch (err) {
      for (const inverse of undo.reverse()) this.apply(inverse);
      throw err;
    }
    this.pending.push(...ops);
    this.flush();
  }

  /** Applies one op and returns the ops that undo it. */
  apply(op: Op): Op[] {
    switch (op.op) {
      case 'createCollection': {
        if (this.getCollection(op.db, op.coll)) return [];
        let db = this.dbs.get(op.db);
        if (!db) this.dbs.set(op.db, (db = new Map()));
        db.set(op.coll, new Collection(op.db, op.coll, op.options));
        return [{ op: 'dropCollection', db: op.db, coll: op.coll }];
      }
      case 'dropCollection': {
        const db = this.dbs.get(op.db);
        db?.delete(op.coll);
        if (db && db.size === 0) this.dbs.delete(op.db);
        return [];
      }
      case 'dropDatabase':
        this.dbs.delete(op.db);
        return [];
      case 'createIndex':
        this.need(op.db, op.coll).addIndex(op.spec);
        return [{ op: 'dropIndex', db: op.db, coll: op.coll, name: op.spec.name }];
      case 'dropIndex':
        this.need(op.db, op.coll).dropIndex(op.name);
        return [];
      case 'insert':
        this.need(op.db, op.coll).insert(op.doc);
        return [{ op: 'delete', db: op.db, coll: op.coll, id: op.doc._id }];
      case 'replace': {
        const old = this.need(op.db, op.coll).replace(op.doc);
        return [{ op: 'replace', db: op.db, coll: op.coll, doc: old }];
      }
      case 'delete': {
        const old = this.need(op.db, op.coll).remove(op.id);
        return old ? [{ op: 'insert', db: op.db, coll: op.coll, doc: old as Document }] : [];
      }
    }
  }

  private need(db: string, coll: string): Collection {
    const found = this.getCollection(db, coll);
    if (!found) throw new CommandError(26, 'NamespaceNotFound', `ns does not exist: ${db}.${coll}`);
    return found;
  }
}
