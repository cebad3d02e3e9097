import { CommandError } from '../errors';
import { Collection } from './collection';
import type { Catalog, Op } from './ops';
import type { Store } from './store';

/**
 * The working set of one multi-document transaction. Collections are copied from the store when
 * first touched (documents are shared, indexes copied), the transaction reads and writes its
 * copies, and commit replays the recorded ops on the store all or nothing. Nothing is visible to
 * other clients before commit; abort just drops the copies.
 *
 * Not provided: isolation between concurrent transactions (see the README). A commit that would
 * now break a unique index fails with the duplicate key error and leaves the store unchanged.
 */
export class Transaction implements Catalog {
  readonly inTransaction = true;
  private readonly copies = new Map<string, Collection | null>();
  readonly ops: Op[] = [];
  lastUsed = Date.now();

  constructor(
    private readonly store: Store,
    readonly txnNumber: bigint,
  ) {}

  getCollection(db: string, name: string): Collection | undefined {
    const ns = `${db}.${name}`;
    if (!this.copies.has(ns)) this.copies.set(ns, this.store.getCollection(db, name)?.clone() ?? null);
    return this.copies.get(ns) ?? undefined;
  }

  collections(db: string): Collection[] {
    const names = new Set(this.store.collections(db).map((c) => c.name));
    for (const ns of this.copies.keys()) if (ns.startsWith(`${db}.`)) names.add(ns.slice(db.length + 1));
    return [...names].map((n) => this.getCollection(db, n)).filter((c): c is Collection => c !== undefined);
  }

  databases(): string[] {
    return this.store.databases();
  }

  write(op: Op): void {
    const ns = 'coll' in op ? `${op.db}.${op.coll}` : op.db;
    switch (op.op) {
      case 'createCollection':
        if (!this.getCollection(op.db, op.coll)) this.copies.set(ns, new Collection(op.db, op.coll, op.options));
        break;
      case 'insert':
        this.need(op.db, op.coll).insert(op.doc);
        break;
      case 'replace':
        this.need(op.db, op.coll).replace(op.doc);
        break;
      case 'delete':
        this.need(op.db, op.coll).remove(op.id);
        break;
      default:
        throw new CommandError(263, 'OperationNotSupportedInTransaction', `${op.op} is not allowed in a multi-document transaction`);
    }
    this.ops.push(op);
  }

  commit(): void {
    this.store.applyAtomically(this.ops);
  }

  private need(db: string, coll: string): Collection {
    const found = this.getCollection(db, coll);
    if (!found) throw new CommandError(26, 'NamespaceNotFound', `ns does not exist: ${db}.${coll}`);
    return found;
  }
}
