import fs from 'node:fs';
import path from 'node:path';
import type { Document } from 'bson';
import type { EmbeddedLogger } from '../logger';
import { chunkBySize, frame, readRecords } from './framing';
import type { Op } from './ops';
import type { OpSink, Store } from './store';

const JOURNAL = 'journal.wal';
const SNAPSHOT = 'snapshot.bin';

export interface JournalOptions {
  /** Journal size that triggers compaction into a new snapshot. */
  compactBytes?: number;
  /** How often written records are forced to disk (mongod's journal commit interval is 100 ms). */
  syncIntervalMs?: number;
}

/**
 * Append-only journal with snapshot compaction.
 *
 * Each acknowledged command is written (write(2), so it survives the process being killed) before
 * the reply goes out, and fdatasync'd every `syncIntervalMs` against power loss. A command larger
 * than one record spans several, all but the last marked `more`; recovery applies a group only
 * when its last record is intact. The snapshot and journal carry a generation number so a crash
 * between writing a snapshot and starting its new journal never replays records twice.
 */
export class Journal implements OpSink {
  private fd: number;
  private size: number;
  private dirty = false;
  private syncing = false;
  private readonly timer: NodeJS.Timeout;

  private constructor(
    private readonly dir: string,
    private readonly store: Store,
    private readonly logger: EmbeddedLogger,
    private generation: number,
    private readonly compactBytes: number,
    syncIntervalMs: number,
  ) {
    this.fd = fs.openSync(path.join(dir, JOURNAL), 'a');
    this.size = fs.fstatSync(this.fd).size;
    this.timer = setInterval(() => this.syncInBackground(), syncIntervalMs);
    this.timer.unref();
  }

  /** Loads the snapshot and replays the journal into `store`, then opens the journal for appends. */
  static open(dir: string, store: Store, logger: EmbeddedLogger, options: JournalOptions = {}): Journal {
    fs.mkdirSync(dir, { recursive: true });
    const snapshotGen = loadSnapshot(path.join(dir, SNAPSHOT), store);
    const journalPath = path.join(dir, JOURNAL);
    let replayed = 0;
    if (fs.existsSync(journalPath)) {
      const buf = fs.readFileSync(journalPath);
      const { records, ends, tornReason } = readRecords(buf);
      const header = records[0];
      if (header && header.gen === snapshotGen) replayed = replay(records.slice(1), store);
      // Keep whole commands only: records of a group whose last record is missing go too.
      let last = records.length - 1;
      while (last > 0 && records[last]?.more) last -= 1;
      const goodBytes = last >= 0 ? (ends[last] as number) : 0;
      if (tornReason || goodBytes < buf.length) {
        logger.warn('embedded db: dropped a torn record at the end of the journal (a write that was never acknowledged)', {
          reason: tornReason ?? 'incomplete command',
          offset: goodBytes,
          droppedBytes: buf.length - goodBytes,
        });
        fs.truncateSync(journalPath, goodBytes);
      }
      if (!header || header.gen !== snapshotGen) fs.rmSync(journalPath);
    }
    if (!fs.existsSync(journalPath)) fs.writeFileSync(journalPath, frame({ gen: snapshotGen }));
    logger.info('embedded db: recovered data', { dbpath: dir, snapshotGeneration: snapshotGen, journalRecords: replayed });
    return new Journal(dir, store, logger, snapshotGen, options.compactBytes ?? 64 * 1024 * 1024, options.syncIntervalMs ?? 100);
  }

  record(ops: Op[]): void {
    const chunks = chunkBySize(ops);
    chunks.forEach((chunk, i) => {
      const buf = frame(i < chunks.length - 1 ? { ops: chunk, more: true } : { ops: chunk });
      fs.writeSync(this.fd, buf);
      this.size += buf.length;
    });
    this.dirty = true;
    if (this.size > this.compactBytes) this.compact();
  }

  /** Writes the whole store as a new snapshot and starts an empty journal of the next generation. */
  compact(): void {
    const gen = this.generation + 1;
    const tmp = path.join(this.dir, `${SNAPSHOT}.tmp`);
    const fd = fs.openSync(tmp, 'w');
    fs.writeSync(fd, frame({ gen }));
    for (const db of this.store.databases()) {
      for (const coll of this.store.collections(db)) {
        const ops: Op[] = [{ op: 'createCollection', db, coll: coll.name, options: coll.options }];
        for (const index of coll.indexes.values()) if (index.name !== '_id_') ops.push({ op: 'createIndex', db, coll: coll.name, spec: index.spec });
        for (const doc of coll.docs.values()) ops.push({ op: 'insert', db, coll: coll.name, doc });
        for (const chunk of chunkBySize(ops)) fs.writeSync(fd, frame({ ops: chunk }));
      }
    }
    fs.writeSync(fd, frame({ end: true }));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, path.join(this.dir, SNAPSHOT));
    // The old journal is now covered by the snapshot; its generation no longer matches.
    const journalTmp = path.join(this.dir, `${JOURNAL}.tmp`);
    fs.writeFileSync(journalTmp, frame({ gen }), { flush: true });
    fs.renameSync(journalTmp, path.join(this.dir, JOURNAL));
    fs.closeSync(this.fd);
    this.fd = fs.openSync(path.join(this.dir, JOURNAL), 'a');
    this.size = fs.fstatSync(this.fd).size;
    this.generation = gen;
    this.logger.info('embedded db: compacted the journal into a snapshot', { generation: gen });
  }

  /** The periodic flush runs on libuv's thread pool, so commands are not held up by the disk. */
  private syncInBackground(): void {
    if (!this.dirty || this.syncing) return;
    this.dirty = false;
    this.syncing = true;
    const fd = this.fd;
    fs.fdatasync(fd, (error) => {
      this.syncing = false;
      // A failed flush is retried next tick; the records are already in the OS's page cache.
      if (error) this.dirty = true;
    });
  }

  close(): void {
    clearInterval(this.timer);
    if (this.dirty || this.syncing) fs.fdatasyncSync(this.fd);
    fs.closeSync(this.fd);
  }
}

function loadSnapshot(file: string, store: Store): number {
  if (!fs.existsSync(file)) return 0;
  const { records, tornReason } = readRecords(fs.readFileSync(file));
  const header = records[0];
  // Snapshots are written aside and renamed into place, so a damaged one is a disk fault, not a crash.
  if (tornReason || !header || typeof header.gen !== 'number' || !records.at(-1)?.end) {
    throw new Error(`embedded db: snapshot ${file} is damaged (${tornReason ?? 'incomplete'}); restore it or remove the data directory`);
  }
  replay(records.slice(1, -1), store);
  return header.gen;
}

/** Applies records in order; a trailing group whose last record is missing is left out. */
function replay(records: Document[], store: Store): number {
  let group: Op[] = [];
  for (const record of records) {
    group.push(...(record.ops as Op[]));
    if (record.more) continue;
    for (const op of group) store.apply(op);
    group = [];
  }
  return records.length;
}
