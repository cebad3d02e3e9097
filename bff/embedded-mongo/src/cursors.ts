import { calculateObjectSize, Long, type Document } from 'bson';
import { CommandError } from './errors';

const DEFAULT_FIRST_BATCH = 101;
const MAX_BATCH_BYTES = 16 * 1024 * 1024;

interface OpenCursor {
  ns: string;
  docs: Document[];
  position: number;
  lastUsed: number;
}

export interface Batch {
  cursor: { id: Long; ns: string; firstBatch?: Document[]; nextBatch?: Document[] };
  ok: 1;
}

/**
 * Server-side cursors: results past the first batch wait here for getMore. A cursor not used for
 * `idleTimeoutMs` is freed by `sweep` (mongod's cursorTimeoutMillis is ten minutes).
 */
export class Cursors {
  private readonly open = new Map<number, OpenCursor>();

  constructor(private readonly idleTimeoutMs = 10 * 60 * 1000) {}

  get size(): number {
    return this.open.size;
  }

  first(ns: string, docs: Document[], batchSize: number | undefined, singleBatch = false): Batch {
    const batch = take(docs, 0, batchSize ?? DEFAULT_FIRST_BATCH);
    let id = 0;
    if (!singleBatch && batch.length < docs.length) {
      do id = Math.floor(Math.random() * 2 ** 52) + 1;
      while (this.open.has(id));
      this.open.set(id, { ns, docs, position: batch.length, lastUsed: Date.now() });
    }
    return { cursor: { id: Long.fromNumber(id), ns, firstBatch: batch }, ok: 1 };
  }

  more(id: number, ns: string, batchSize: number | undefined): Batch {
    const cursor = this.open.get(id);
    if (!cursor) throw new CommandError(43, 'CursorNotFound', `cursor id ${id} not found`);
    if (cursor.ns !== ns) throw new CommandError(13, 'Unauthorized', `Requested getMore on namespace '${ns}', but cursor belongs to a different namespace ${cursor.ns}`);
    const batch = take(cursor.docs, cursor.position, batchSize ?? Infinity);
    cursor.position += batch.length;
    cursor.lastUsed = Date.now();
    const exhausted = cursor.position >= cursor.docs.length;
    if (exhausted) this.open.delete(id);
    return { cursor: { id: Long.fromNumber(exhausted ? 0 : id), ns, nextBatch: batch }, ok: 1 };
  }

  kill(ids: number[]): { killed: number[]; notFound: number[] } {
    const killed: number[] = [];
    const notFound: number[] = [];
    for (const id of ids) (this.open.delete(id) ? killed : notFound).push(id);
    return { killed, notFound };
  }

  sweep(now = Date.now()): number {
    let freed = 0;
    for (const [id, cursor] of this.open) {
      if (now - cursor.lastUsed > this.idleTimeoutMs) {
        this.open.delete(id);
        freed += 1;
      }
    }
    return freed;
  }
}

/** Up to `count` documents from `start`, stopping early before a batch would pass 16 MiB. */
function take(docs: Document[], start: number, count: number): Document[] {
  const out: Document[] = [];
  let bytes = 0;
  for (let i = start; i < docs.length && out.length < count; i++) {
    const doc = docs[i] as Document;
    bytes += calculateObjectSize(doc);
    if (out.length > 0 && bytes > MAX_BATCH_BYTES) break;
    out.push(doc);
  }
  return out;
}
