import test from 'ava';
import { errorMessage, type Locale } from '../bff/src/i18n/messages';
import { tempDataDir } from './helpers/bff-process';
import { startEmbedded } from './helpers/bff-db';
import { runLoad, sleep, timedCall, type Sample } from './helpers/fault-load';
import { registerPeople } from './helpers/fault-people';
import { latencyProxy } from './helpers/fault-proxy';
import { startBff } from './helpers/fault-processes';

const LATENCY_MS = 2000;
/**
 * The worst a request may take against a database this slow: the BFF's heartbeat interval (2 s)
 * and heartbeat timeout (2 s), after which waiting operations are interrupted, then a server
 * selection (0.5 s); plus margin for a loaded machine.
 */
const MAX_REQUEST_MS = 6500;
const SLOW_FOR_MS = 9000;
const LOCALES: Locale[] = ['zh-CN', 'en', 'es'];

test('requests answer a clear 503 in the user language within a bound while the database is slow, then recover', async (t) => {
  t.timeout(60_000);
  const dataDir = await tempDataDir(t);
  const db = await startEmbedded(t);
  const proxy = await latencyProxy(t, db);
  const [person] = await registerPeople(t, { dbUri: db.uri, dataDir, count: 1 });
  const bff = await startBff(t, { dataDir, mongodbUri: proxy.uri });
  const token = person!.token;
  const call = async (path: string, locale: Locale): Promise<Sample & { locale: Locale }> => ({
    ...(await timedCall(bff.url, path, { token, headers: { 'accept-language': locale } })),
    locale,
  });
  t.is((await call('/api/v1/applications', 'en')).status, 200);

  proxy.setLatency(LATENCY_MS);
  const slowFrom = performance.now();
  const paths = ['/api/v1/applications', '/api/v1/me', '/api/v1/health'];
  const samples = await runLoad(6, (client, round) => call(paths[(client + round) % paths.length]!, LOCALES[client % LOCALES.length]!), () => performance.now() - slowFrom > SLOW_FOR_MS);

  const hung = samples.filter((s) => s.status === 0);
  t.deepEqual(hung.map((s) => `${s.path} ${s.failure} after ${Math.round(s.ms)} ms`), [], 'every request got an answer');
  // A reply that did arrive may still be used (the driver reads data that came in with its timeout,
  // as on a machine stalled by other work): 200 is a fine answer, anything else but 503 is not.
  const failed = samples.filter((s) => s.status !== 200);
  t.deepEqual(failed.filter((s) => s.status !== 503 || s.code !== 'DB_UNAVAILABLE').map((s) => `${s.path} ${s.status} ${s.code}`), [], 'errors are 503 DB_UNAVAILABLE');
  t.true(failed.length >= samples.length / 2, `${failed.length} of ${samples.length} requests failed as the database was too slow`);
  const untranslated = failed.filter((s) => s.message !== errorMessage('DB_UNAVAILABLE', s.locale));
  t.deepEqual(untranslated.map((s) => `${s.locale}: ${s.message}`), [], 'each answer is in the language the client asked for');
  const slowest = Math.max(...samples.map((s) => s.ms));
  const lastSecond = samples.filter((s) => s.startedAt > slowFrom + SLOW_FOR_MS - 2000);
  t.log(
    `${samples.length} requests (${failed.length} answered 503) with ${LATENCY_MS} ms per chunk: slowest ${Math.round(slowest)} ms, ` +
      `in the last 2 s at most ${Math.round(Math.max(...lastSecond.map((s) => s.ms)))} ms`,
  );
  t.true(slowest <= MAX_REQUEST_MS, `slowest request ${Math.round(slowest)} ms`);

  proxy.setLatency(0);
  const fastFrom = performance.now();
  let last: Sample | undefined;
  while (performance.now() - fastFrom < 10_000) {
    last = await call('/api/v1/applications', 'en');
    if (last.status === 200) break;
    await sleep(100);
  }
  t.log(`answers 200 again ${Math.round(performance.now() - fastFrom)} ms after the latency went away`);
  t.is(last?.status, 200, 'the bff recovers once the database is fast again');
});
