import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { firstScreen, weappSizes } from './client';
import { signIn } from './login';
import { startStack, startTs, stop, type Child } from './processes';

/**
 * `npm run bench`: the database as its own process (as production runs MongoDB), the BFF and the
 * bare-Koa baselines as their own processes, autocannon here. Everything on 127.0.0.1, each run
 * bounded in time. Timings on shared machines are noisy, so the targets are ratios within one run.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const ROOT = path.resolve(__dirname, '..', '..');

interface Row {
  name: string;
  rps: number;
  p50: number;
  p90: number;
  non2xx: number;
}

async function measure(name: string, url: string, headers: Record<string, string> = {}): Promise<Row> {
  // A short unmeasured run first: JIT, connection pools, caches.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return { name, rps: result.requests.average, p50: result.latency.p50, p90: result.latency.p90, non2xx: result.non2xx };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssc-bench-'));
  const children: Child[] = [];
  try {
    const { bff, url } = await startStack(ROOT, dir, children);
    const api = `${url}/api/v1`;
    const token = await signIn(api, bff);
    const auth = { authorization: `Bearer ${token}` };
    const year = new Date().getUTCFullYear() - 1;
    const records = await fetch(`${api}/records?year=${year}`, { headers: auth });
    const body = await records.text();
    const etag = records.headers.get('etag') ?? '';
    const bodyFile = path.join(dir, 'records.json');
    fs.writeFileSync(bodyFile, body);
    bff.mute();
    const bare = startTs(path.join(__dirname, 'bare-koa.ts'), [bodyFile]);
    children.push(bare);
    const barePort = (await bare.waitFor(/"port":(\d+)/))[1];
    console.log(`records body for ${year}: ${body.length} bytes, ETag ${etag}; ${CONNECTIONS} connections, ${DURATION} s per run\n`);

    const rows = [
      await measure('(a) bare Koa hello', `http://127.0.0.1:${barePort}/hello`),
      await measure('(b) bare Koa, records body from memory', `http://127.0.0.1:${barePort}/records`),
      await measure('(c) records of one year, full stack', `${api}/records?year=${year}`, auth),
      await measure('(d) same, revalidated with ETag (304)', `${api}/records?year=${year}`, { ...auth, 'if-none-match': etag }),
      await measure('(e) card', `${api}/card`, auth),
      await measure('(e) payment summary', `${api}/records/summary`, auth),
    ];
    console.table(rows.map((r) => ({ run: r.name, 'req/s': Math.round(r.rps), 'p50 ms': r.p50, 'p90 ms': r.p90, 'non-2xx': r.non2xx })));
    const [a, b, c, d] = rows as [Row, Row, Row, Row];
    const cb = c.rps / b.rps;
    const da = d.rps / a.rps;
    console.log(`c/b = ${cb.toFixed(2)} (target >= 0.5)  ${cb >= 0.5 ? 'met' : 'NOT met'}`);
    console.log(`d/a = ${da.toFixed(2)} (target >= 0.5)  ${da >= 0.5 ? 'met' : 'NOT met'}`);
    console.log(`p90 of (c) = ${c.p90} ms (target < 50 ms)  ${c.p90 < 50 ? 'met' : 'NOT met'}`);
    console.log(`(d) answered ${d.non2xx} non-2xx responses (304s count as non-2xx in autocannon)`);
    console.log('');
    console.log(await weappSizes(ROOT));
    console.log(await firstScreen(url));
    console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`);
  } finally {
    for (const child of children.reverse()) await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
