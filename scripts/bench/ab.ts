import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { signIn } from './login';
import { startStack, stop, type Child } from './processes';

/**
 * `npm run bench:ab -- <other checkout> [c|d|card|summary] [rounds]`: one of the bench's runs,
 * against another checkout and this one (say `git worktree add /tmp/base HEAD~1`, with this
 * node_modules linked into it), alternating which goes first so that the machine's drift falls
 * on both. Besides req/s it prints each process's CPU time per request, read from /proc, which is
 * steadier than throughput on a shared machine. Linux only; everything on 127.0.0.1.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 6);
const CONNECTIONS = 50;
const HERE = path.resolve(__dirname, '..', '..');
/** /proc counts CPU time in USER_HZ ticks, 100 a second on Linux. */
const TICK_MS = 10;

interface Sample {
  rps: number;
  bffUs: number;
  dbUs: number;
}

function cpuMs(child: Child): number {
  const fields = fs.readFileSync(`/proc/${child.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

function target(api: string, run: string): string {
  if (run === 'card') return `${api}/card`;
  if (run === 'summary') return `${api}/records/summary`;
  return `${api}/records?year=${new Date().getUTCFullYear() - 1}`;
}

async function once(root: string, run: string): Promise<Sample> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssc-ab-'));
  const children: Child[] = [];
  try {
    const { db, bff, url: base } = await startStack(root, dir, children);
    const api = `${base}/api/v1`;
    const auth = { authorization: `Bearer ${await signIn(api, bff)}` };
    const url = target(api, run);
    const first = await fetch(url, { headers: auth });
    if (!first.ok) throw new Error(`${url} answered ${first.status}`);
    const headers = run === 'd' ? { ...auth, 'if-none-match': first.headers.get('etag') ?? '' } : auth;
    bff.mute();
    await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
    const [bff0, db0] = [cpuMs(bff), cpuMs(db)];
    const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
    const perRequest = (ms: number) => (ms * 1000) / result.requests.total;
    return { rps: result.requests.average, bffUs: perRequest(cpuMs(bff) - bff0), dbUs: perRequest(cpuMs(db) - db0) };
  } finally {
    for (const child of children.reverse()) await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

async function main(): Promise<void> {
  const [other, run = 'c', roundsText = '4'] = process.argv.slice(2);
  if (!other || !fs.existsSync(path.join(other, 'bff/src/server.ts'))) {
    throw new Error('usage: npm run bench:ab -- <another checkout of this project> [c|d|card|summary] [rounds]');
  }
  if (!['c', 'd', 'card', 'summary'].includes(run)) throw new Error(`unknown run ${run}: c, d, card or summary`);
  const roots = [path.resolve(other), HERE];
  const samples: Sample[][] = [[], []];
  const rounds = Number(roundsText);
  for (let round = 0; round < rounds; round += 1) {
    for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const sample = await once(roots[which]!, run);
      samples[which]!.push(sample);
      console.log(`round ${round + 1} ${which === 0 ? 'other' : 'this '}: ${Math.round(sample.rps)} req/s, CPU µs a request: BFF ${sample.bffUs.toFixed(0)}, database ${sample.dbUs.toFixed(0)}`);
    }
  }
  console.log(`\n(${run}), ${rounds} alternating runs of ${DURATION} s each, ${CONNECTIONS} connections`);
  roots.forEach((root, which) => {
    const s = samples[which]!;
    console.log(
      `${which === 0 ? 'other' : 'this '} ${root}: ${Math.round(mean(s.map((x) => x.rps)))} req/s [${s.map((x) => Math.round(x.rps)).join(', ')}], ` +
        `CPU µs a request: BFF ${mean(s.map((x) => x.bffUs)).toFixed(0)}, database ${mean(s.map((x) => x.dbUs)).toFixed(0)}`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
