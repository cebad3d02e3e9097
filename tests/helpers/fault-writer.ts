import { randomBytes } from 'node:crypto';
import type { mongo } from 'mongoose';
import { isDatabaseUnavailable } from '../../bff/src/db/unavailable';

type Doc = mongo.Document & { _id: string };
/** One document's state after a write: `null` means deleted. */
interface Change {
  coll: string;
  id: string;
  after: Doc | null;
}

/**
 * What the database must hold: every acknowledged write applied. Writers own disjoint documents
 * and write one at a time, so each knows the exact state its write leads to. A write cut off by
 * the kill is pending: all of its changes happened, or none did (one command, one journal group).
 */
export class Ledger {
  readonly state = new Map<string, Doc | null>();
  readonly pending = new Set<Change[]>();
  acknowledged = 0;
  private seq = 0;

  /** A number never used before in this ledger: document ids and the unique `seq` field. */
  next(): number {
    return (this.seq += 1);
  }

  current(coll: string, id: string): Doc | null {
    return this.state.get(`${coll}/${id}`) ?? null;
  }

  /**
   * Runs a write; its changes count once the server acknowledged it. Losing the server leaves it
   * pending (false); any other error is a real failure and is thrown.
   */
  async write(changes: Change[], run: () => Promise<unknown>): Promise<boolean> {
    this.pending.add(changes);
    try {
      await run();
    } catch (error) {
      if (isDatabaseUnavailable(error)) return false;
      throw error;
    }
    this.pending.delete(changes);
    for (const { coll, id, after } of changes) this.state.set(`${coll}/${id}`, after);
    this.acknowledged += 1;
    return true;
  }

  /**
   * Compares the database with the ledger; returns the differences (none expected). Pending
   * writes are then settled to what the database shows, so the next round starts from the truth.
   */
  async verify(db: mongo.Db, collections: string[]): Promise<string[]> {
    const stored = new Map<string, Doc>();
    for (const coll of collections) {
      for (const doc of await db.collection<Doc>(coll).find({}).toArray()) stored.set(`${coll}/${doc._id}`, doc);
    }
    const problems: string[] = [];
    const same = (key: string, want: Doc | null) => JSON.stringify(stored.get(key) ?? null) === JSON.stringify(want);
    const pendingKeys = new Set<string>();
    for (const changes of this.pending) {
      const keys = changes.map((c) => `${c.coll}/${c.id}`);
      keys.forEach((key) => pendingKeys.add(key));
      const before = keys.every((key) => same(key, this.state.get(key) ?? null));
      const after = changes.every((c, i) => same(keys[i]!, c.after));
      if (!before && !after) problems.push(`a cut-off write half applied: ${keys.join(', ')}`);
    }
    for (const [key, want] of this.state) {
      if (!pendingKeys.has(key) && !same(key, want)) problems.push(`${key}: acknowledged ${want ? 'state' : 'delete'} lost`);
    }
    for (const key of stored.keys()) {
      if (!this.state.has(key) && !pendingKeys.has(key)) problems.push(`${key}: never written`);
    }
    for (const key of pendingKeys) this.state.set(key, stored.get(key) ?? null);
    this.pending.clear();
    return problems;
  }
}

const pad = () => randomBytes(96).toString('base64');

/** A writer of small documents: inserts, updates, a counter, deletes, in a fixed rotation. */
export async function smallWriter(db: mongo.Db, ledger: Ledger, writer: number, stop: () => boolean): Promise<void> {
  const docs = db.collection<Doc>('docs');
  const counters = db.collection<Doc>('counters');
  const live = () => [...ledger.state].filter(([key, doc]) => doc && key.startsWith(`docs/w${writer}-`)).map(([, doc]) => doc as Doc);
  for (let step = 0; !stop(); step += 1) {
    const mine = live();
    let ok: boolean;
    if (step % 5 <= 1 || mine.length === 0) {
      const seq = ledger.next();
      const doc = { _id: `w${writer}-${seq}`, w: writer, seq, v: 0, pad: pad() };
      ok = await ledger.write([{ coll: 'docs', id: doc._id, after: doc }], () => docs.insertOne(doc));
    } else if (step % 5 === 2) {
      const target = mine[mine.length - 1]!;
      ok = await ledger.write([{ coll: 'docs', id: target._id, after: { ...target, v: step } }], () => docs.updateOne({ _id: target._id }, { $set: { v: step } }));
    } else if (step % 5 === 3) {
      const id = `counter-${writer}`;
      const n = ((ledger.current('counters', id)?.n as number | undefined) ?? 0) + 1;
      ok = await ledger.write([{ coll: 'counters', id, after: { _id: id, n } }], () => counters.updateOne({ _id: id }, { $inc: { n: 1 } }, { upsert: true }));
    } else {
      const target = mine[0]!;
      ok = await ledger.write([{ coll: 'docs', id: target._id, after: null }], () => docs.deleteOne({ _id: target._id }));
    }
    if (!ok) return;
  }
}

/** Batches larger than one journal record (4 MiB), inserted then deleted, so a kill can land inside one. */
export async function bulkWriter(db: mongo.Db, ledger: Ledger, stop: () => boolean): Promise<void> {
  const bulk = db.collection<Doc>('bulk');
  const blob = randomBytes(675 * 1024).toString('base64'); // ~900 KB of text per document
  while (!stop()) {
    const docs = Array.from({ length: 5 }, () => ({ _id: `b${ledger.next()}`, blob }));
    const inserted = await ledger.write(docs.map((doc) => ({ coll: 'bulk', id: doc._id, after: doc })), () => bulk.insertMany(docs));
    if (!inserted || stop()) return;
    const ids = docs.map((doc) => doc._id);
    const deleted = await ledger.write(ids.map((id) => ({ coll: 'bulk', id, after: null })), () => bulk.deleteMany({ _id: { $in: ids } }));
    if (!deleted) return;
  }
}
