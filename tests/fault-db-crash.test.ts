import path from 'node:path';
import test from 'ava';
import { mongo } from 'mongoose';
import { tempDataDir } from './helpers/bff-process';
import { sleep, waitUntil } from './helpers/fault-load';
import { startDatabase } from './helpers/fault-processes';
import { Ledger, bulkWriter, smallWriter } from './helpers/fault-writer';

const KILLS = 4;
const SMALL_WRITERS = 4;
const COLLECTIONS = ['docs', 'counters', 'bulk'];
const WRITES_BEFORE_KILL = 10;

async function connect(uri: string): Promise<mongo.MongoClient> {
  // No write retries: a write the kill cut off must stay cut off, not be sent again elsewhere.
  return new mongo.MongoClient(uri, { serverSelectionTimeoutMS: 1000, retryWrites: false, retryReads: false }).connect();
}

test('every acknowledged write survives sigkill of the database at random moments, restart after restart', async (t) => {
  t.timeout(90_000);
  const dbpath = path.join(await tempDataDir(t), 'db');
  const ledger = new Ledger();
  const moments: number[] = [];
  let tornRecoveries = 0;
  let compactions = 0;
  for (let round = 0; round <= KILLS; round += 1) {
    const db = await startDatabase(t, dbpath);
    if (/dropped a torn record/.test(db.output())) tornRecoveries += 1;
    const client = await connect(db.uri);
    t.teardown(() => client.close(true));
    const store = client.db('fault');
    t.deepEqual(await ledger.verify(store, COLLECTIONS), [], `after restart ${round}, the data is what was acknowledged`);
    if (round === 0) await store.collection('docs').createIndex({ seq: 1 }, { unique: true });
    if (round === KILLS) {
      const kept = await store.collection('docs').findOne({});
      const duplicate = await t.throwsAsync(store.collection('docs').insertOne({ seq: kept?.seq } as never));
      t.is((duplicate as { code?: number } | undefined)?.code, 11000, 'the unique index survived every kill');
      break;
    }

    let killed = false;
    const writers = [...Array.from({ length: SMALL_WRITERS }, (_, w) => smallWriter(store, ledger, w, () => killed)), bulkWriter(store, ledger, () => killed)];
    // Once some writes went through (however busy the machine), a random moment later: mid-record,
    // mid-group, mid-compaction.
    const ackedBefore = ledger.acknowledged;
    await waitUntil(() => ledger.acknowledged >= ackedBefore + WRITES_BEFORE_KILL, 20_000, 'the first writes');
    const moment = Math.floor(Math.random() * 1000);
    moments.push(moment);
    await sleep(moment);
    await db.kill();
    killed = true;
    compactions += db.output().split('compacted the journal').length - 1;
    await Promise.all(writers);
    await client.close(true);
  }
  t.log(
    `${ledger.acknowledged} acknowledged writes checked after ${KILLS} kills, ${moments.join(', ')} ms after the first ${WRITES_BEFORE_KILL} writes; ` +
      `${compactions} journal compactions, ${tornRecoveries} restarts dropped a torn record`,
  );
  t.true(ledger.acknowledged >= KILLS * WRITES_BEFORE_KILL, 'writes were acknowledged before each kill');
});
