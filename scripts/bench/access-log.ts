import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { CONNECTION_OPTIONS } from '../../bff/src/db/connect';
import { AccessLogWriter } from '../../bff/src/services/access-log-service';
import { startTs, stop } from './processes';

/**
 * `npm run bench:log`: what one access-log entry costs the BFF's process, written alone and in the
 * groups the access log's group commit forms when requests run together. The embedded database
 * runs as its own process, as in `npm run bench`; every entry is awaited, as a request awaits it.
 */
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssc-bench-log-'));
  const db = startTs(path.resolve(__dirname, '../../bff/embedded-mongo/src/cli.ts'), ['--port', '0', '--dbpath', path.join(dir, 'db')]);
  try {
    const port = (await db.waitFor(/listening on 127\.0\.0\.1:(\d+)/))[1];
    const connection = await mongoose.createConnection().openUri(`mongodb://127.0.0.1:${port}/`, { ...CONNECTION_OPTIONS, dbName: 'bench' });
    const logs = connection.collection('access_logs');
    await logs.createIndex({ personId: 1, at: -1 });
    const writer = new AccessLogWriter(logs as never);
    const personId = new Types.ObjectId();
    const entry = () => ({ personId, accountId: personId, actor: 'weapp', action: 'records.read', at: new Date(), requestId: '0e173446-36ef-44f7-84b1-eeb55fe8cc9a' });
    const rows = [];
    // The first pass warms the JIT and the connection pool and is not shown.
    for (const [group, shown] of [[25, false], [1, true], [25, true], [100, true]] as const) {
      const cpu = process.cpuUsage();
      const started = process.hrtime.bigint();
      for (let i = 0; i < ENTRIES; i += group) await Promise.all(Array.from({ length: group }, () => writer.write(entry())));
      const used = process.cpuUsage(cpu);
      const wallUs = Number(process.hrtime.bigint() - started) / 1000;
      if (shown) rows.push({ 'entries written together': group, 'CPU µs per entry (this process)': Math.round((used.user + used.system) / ENTRIES), 'wall µs per entry': Math.round(wallUs / ENTRIES) });
    }
    console.table(rows);
    console.log(`${ENTRIES} entries per row; machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
    await connection.close();
  } finally {
    await stop(db);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
