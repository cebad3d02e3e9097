import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import type { ExecutionContext } from 'ava';
import { spawnServer, type ServerProcess } from './bff-process';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(REPO_ROOT, 'bff/embedded-mongo/src/cli.ts');

export interface DatabaseProcess {
  port: number;
  /** `mongodb://127.0.0.1:<port>/` */
  uri: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no journal flush, no goodbye to clients; resolves once the process is gone. */
  kill(): Promise<void>;
}

/**
 * The embedded database as production runs a database: its own process (`npm run db`), here on
 * a data directory so a restart on the same port and directory finds the data again.
 */
export async function startDatabase(t: ExecutionContext, dbpath: string, port = 0): Promise<DatabaseProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', String(port), '--dbpath', dbpath], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const kill = async () => {
    if (gone()) return;
    const exit = once(child, 'exit');
    child.kill('SIGKILL');
    await exit;
  };
  t.teardown(kill);
  let output = '';
  const bound = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`database never said it was listening:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on 127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`database exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  return { port: bound, uri: `mongodb://127.0.0.1:${bound}/`, child, output: () => output, kill };
}

export type BffProcess = ServerProcess & { url: string; kill(): Promise<void> };

/**
 * The BFF as `npm start` runs it, against the database at `mongodbUri` (as in production), on a
 * free loopback port. Demo mode is off so nothing but the test moves applications.
 */
export async function startBff(t: ExecutionContext, options: { dataDir: string; mongodbUri: string; env?: Record<string, string> }): Promise<BffProcess> {
  const server = spawnServer(t, { DATA_DIR: options.dataDir, MONGODB_URI: options.mongodbUri, DEMO_MODE: 'off', ...options.env });
  const listening = await server.waitForLine((line) => String(line.msg).startsWith('BFF listening on '));
  const kill = async () => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return;
    server.child.kill('SIGKILL');
    await server.exited;
  };
  return { ...server, url: String(listening.url), kill };
}
