import { randomBytes } from 'node:crypto';
import { appendFile, mkdtemp, readFile, rm, truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { startEmbeddedMongo } from '../../bff/embedded-mongo/src/index';
import { capturingLogger, embeddedOnly, mongo, onRealServer, type LogLine } from '../helpers/mongo';

const durable = onRealServer ? test.skip : test;
const why = "it damages the embedded server's own journal file";

async function tempDir(t: ExecutionContext): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'embedded-torn-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts the server on `dbpath`, runs `fn` against one collection, closes, and returns the log. */
async function session<T>(dbpath: string, fn: (c: mongo.Collection<any>) => Promise<T>): Promise<{ value: T; log: LogLine[] }> {
  const logger = capturingLogger();
  const server = await startEmbeddedMongo({ port: 0, dbpath, logger });
  const client = await new mongo.MongoClient(server.uri, { serverSelectionTimeoutMS: 5_000 }).connect();
  try {
    return { value: await fn(client.db('torn').collection('c')), log: logger.lines };
  } finally {
    await client.close();
    await server.close();
  }
}

const ids = (c: mongo.Collection<any>) => c.find({}).sort({ _id: 1 }).toArray();
const tornWarnings = (log: LogLine[]) => log.filter((l) => l.level === 'warn' && /torn/i.test(l.msg));

/** Offsets of the journal records (4-byte LE length, 4-byte CRC32, BSON payload). */
function records(journal: Buffer): Array<{ start: number; end: number; payload: Buffer }> {
  const out = [];
  for (let at = 0; at + 8 <= journal.length; ) {
    const length = journal.readUInt32LE(at);
    const end = at + 8 + length;
    if (end > journal.length) break;
    out.push({ start: at, end, payload: journal.subarray(at + 8, end) });
    at = end;
  }
  return out;
}

durable(embeddedOnly('a torn last record is dropped with a warning and the server keeps working', why), async (t) => {
  const dbpath = await tempDir(t);
  const journalPath = path.join(dbpath, 'journal.wal');
  await session(dbpath, async (c) => {
    await c.insertOne({ _id: 'A', marker: 'record-of-A' });
    await c.insertOne({ _id: 'B', marker: 'record-of-B' });
  });

  const journal = await readFile(journalPath);
  const recordB = records(journal).find((r) => r.payload.includes('record-of-B'));
  if (!recordB) return t.fail(`journal.wal (${journal.length} bytes) holds no record of B after close`);
  t.is(recordB.end, journal.length, "B's record is the last one in the journal");
  await truncate(journalPath, recordB.end - 5);

  const restarted = await session(dbpath, async (c) => {
    const docs = await ids(c);
    await c.insertOne({ _id: 'C', marker: 'after-recovery' });
    return docs;
  });
  t.deepEqual(restarted.value, [{ _id: 'A', marker: 'record-of-A' }]);
  t.is(tornWarnings(restarted.log).length, 1, JSON.stringify(restarted.log));

  const third = await session(dbpath, ids);
  t.deepEqual(third.value, [
    { _id: 'A', marker: 'record-of-A' },
    { _id: 'C', marker: 'after-recovery' },
  ]);
  t.deepEqual(tornWarnings(third.log), [], 'the recovered journal has no torn tail left');
});

const garbageTails: Array<[string, () => Buffer]> = [
  ['random bytes', () => randomBytes(61)],
  [
    'a plausible header with a wrong checksum',
    () => {
      const payload = randomBytes(24);
      const header = Buffer.alloc(8);
      header.writeUInt32LE(payload.length, 0);
      header.writeUInt32LE(0xdeadbeef, 4);
      return Buffer.concat([header, payload]);
    },
  ],
];

for (const [label, garbage] of garbageTails) {
  durable(embeddedOnly(`a tail of ${label} after valid records is dropped with a warning`, why), async (t) => {
    const dbpath = await tempDir(t);
    await session(dbpath, async (c) => {
      await c.insertMany([{ _id: 'A' }, { _id: 'B' }]);
      await c.updateOne({ _id: 'B' }, { $set: { v: 1 } });
    });
    await appendFile(path.join(dbpath, 'journal.wal'), garbage());

    const restarted = await session(dbpath, async (c) => {
      const docs = await ids(c);
      await c.insertOne({ _id: 'C' });
      return docs;
    });
    t.deepEqual(restarted.value, [{ _id: 'A' }, { _id: 'B', v: 1 }]);
    t.is(tornWarnings(restarted.log).length, 1, JSON.stringify(restarted.log));

    const third = await session(dbpath, ids);
    t.deepEqual(third.value, [{ _id: 'A' }, { _id: 'B', v: 1 }, { _id: 'C' }]);
    t.deepEqual(tornWarnings(third.log), []);
  });
}
