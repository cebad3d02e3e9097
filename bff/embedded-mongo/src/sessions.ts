import type { Document } from 'bson';
import { CommandError } from './errors';
import type { Store } from './engine/store';
import { Transaction } from './engine/transaction';
import { keyOf } from './engine/values';

const noSuchTransaction = (txnNumber: bigint) =>
  new CommandError(251, 'NoSuchTransaction', `Transaction with txnNumber ${txnNumber} has been aborted or does not exist`, {
    errorLabels: ['TransientTransactionError'],
  });

/**
 * Open transactions by logical session. A transaction left open longer than `lifetimeMs`
 * (mongod's transactionLifetimeLimitSeconds is 60) is aborted by `sweep`.
 */
export class Sessions {
  private readonly open = new Map<string, Transaction>();
  private readonly committed = new Map<string, bigint>();

  constructor(
    private readonly store: Store,
    private readonly lifetimeMs = 60_000,
  ) {}

  /** The transaction a command belongs to, or undefined for a command outside any transaction. */
  transactionFor(command: Document): Transaction | undefined {
    if (command.autocommit !== false || command.txnNumber === undefined || !command.lsid) return undefined;
    const session = keyOf(command.lsid.id ?? command.lsid);
    const txnNumber = BigInt(command.txnNumber.toString());
    if (command.startTransaction === true) {
      const txn = new Transaction(this.store, txnNumber);
      this.open.set(session, txn);
      return txn;
    }
    const txn = this.open.get(session);
    if (!txn || txn.txnNumber !== txnNumber) throw noSuchTransaction(txnNumber);
    txn.lastUsed = Date.now();
    return txn;
  }

  commit(command: Document): void {
    const session = keyOf(command.lsid?.id ?? command.lsid);
    const txnNumber = BigInt(String(command.txnNumber ?? 0));
    const txn = this.open.get(session);
    if (!txn || txn.txnNumber !== txnNumber) {
      // A retried commit of a transaction that did commit answers ok, as the spec asks.
      if (this.committed.get(session) === txnNumber) return;
      throw noSuchTransaction(txnNumber);
    }
    this.open.delete(session);
    txn.commit();
    this.committed.set(session, txnNumber);
  }

  abort(command: Document): void {
    const session = keyOf(command.lsid?.id ?? command.lsid);
    const txnNumber = BigInt(String(command.txnNumber ?? 0));
    const txn = this.open.get(session);
    if (!txn || txn.txnNumber !== txnNumber) throw noSuchTransaction(txnNumber);
    this.open.delete(session);
  }

  /** A failed command aborts its transaction, as on a real server. */
  discard(command: Document): void {
    if (command.lsid) this.open.delete(keyOf(command.lsid.id ?? command.lsid));
  }

  end(lsids: Document[]): void {
    for (const lsid of lsids) {
      const key = keyOf(lsid.id ?? lsid);
      this.open.delete(key);
      this.committed.delete(key);
    }
  }

  sweep(now = Date.now()): void {
    for (const [session, txn] of this.open) if (now - txn.lastUsed > this.lifetimeMs) this.open.delete(session);
  }
}
