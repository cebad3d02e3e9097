// `npm run bench:db`: insert throughput and lookup latency of the in-memory embedded server, measured
// through the real driver over loopback so wire encoding is part of every number.
import { performance } from 'node:perf_hooks';
import { MongoClient, type Collection } from 'mongodb';
import { startEmbeddedMongo } from '../src/index';

interface Row {
  measurement: string;
  n: number;
  total_ms: number;
  mean_ms: number;
}

interface Person {
  _id: number;
  email: string;
  code: string;
}

const rows: Row[] = [];
const WARM_UP = { lookups: 2_000, maxMs: 2_000 };
// A scan of 100,000 documents takes milliseconds each, so every lookup series also has a time budget.
const LOOKUPS = { count: 2_000, maxMs: 5_000 };

function record(measurement: string, n: number, ms: number): Row {
  const row = { measurement, n, total_ms: round(ms), mean_ms: round(ms / n, 4) };
  rows.push(row);
  return row;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

function docs(from: number, to: number): Person[] {
  return Array.from({ length: to - from }, (_, i) => ({ _id: from + i, email: `user${from + i}@example.org`, code: `c${from + i}` }));
}

/** Random equality lookups on `field` among the first `size` documents, after a warm-up. */
async function lookups(label: string, coll: Collection<Person>, field: 'email' | 'code', size: number) {
  const key = (i: number) => (field === 'email' ? `user${i}@example.org` : `c${i}`);
  const pick = () => Math.floor(Math.random() * size);
  const warmStart = performance.now();
  for (let i = 0; i < WARM_UP.lookups && performance.now() - warmStart < WARM_UP.maxMs; i += 1) await coll.findOne({ [field]: key(pick()) });
  const start = performance.now();
  let n = 0;
  while (n < LOOKUPS.count && performance.now() - start < LOOKUPS.maxMs) {
    const i = pick();
    const found = await coll.findOne({ [field]: key(i) });
    if (found?._id !== i) throw new Error(`lookup of ${field}=${key(i)} returned ${JSON.stringify(found)}`);
    n += 1;
  }
  return record(label, n, performance.now() - start);
}

async function main(): Promise<void> {
  const server = await startEmbeddedMongo({ port: 0 });
  const client = await new MongoClient(server.uri).connect();
  const db = client.db('bench');
  try {
    const single = db.collection<Person>('insert_single');
    await single.createIndex({ email: 1 }, { unique: true });
    let start = performance.now();
    await single.insertMany(docs(0, 10_000));
    record('insertMany 10,000 docs in one call (unique index)', 10_000, performance.now() - start);

    const batched = db.collection<Person>('insert_batched');
    await batched.createIndex({ email: 1 }, { unique: true });
    start = performance.now();
    for (let from = 0; from < 10_000; from += 1_000) await batched.insertMany(docs(from, from + 1_000));
    record('insertMany 10 x 1,000 docs (unique index)', 10_000, performance.now() - start);

    const people = db.collection<Person>('lookups');
    await people.createIndex({ email: 1 }, { unique: true });
    await people.insertMany(docs(0, 1_000));
    const indexedSmall = await lookups('findOne indexed email @ 1,000 docs', people, 'email', 1_000);
    const scanSmall = await lookups('findOne unindexed code @ 1,000 docs', people, 'code', 1_000);

    start = performance.now();
    for (let from = 1_000; from < 100_000; from += 10_000) await people.insertMany(docs(from, Math.min(from + 10_000, 100_000)));
    record('grow to 100,000 docs (insertMany x 10,000)', 99_000, performance.now() - start);
    const indexedLarge = await lookups('findOne indexed email @ 100,000 docs', people, 'email', 100_000);
    const scanLarge = await lookups('findOne unindexed code @ 100,000 docs', people, 'code', 100_000);

    console.table(rows);
    console.log(`indexed lookup   100k/1k mean ratio: ${(indexedLarge.mean_ms / indexedSmall.mean_ms).toFixed(2)}x (an index should keep this near 1)`);
    console.log(`unindexed lookup 100k/1k mean ratio: ${(scanLarge.mean_ms / scanSmall.mean_ms).toFixed(2)}x (a collection scan grows with the data)`);
  } finally {
    await client.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
