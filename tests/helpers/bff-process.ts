import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { ExecutionContext } from 'ava';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

export type LogLine = Record<string, unknown> & { msg?: string };

export interface ServerProcess {
  child: ChildProcess;
  /** Parsed stdout lines so far (pino JSON); anything else is kept as `{ raw }`. */
  lines: LogLine[];
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitForLine(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

/** A data directory of the test's own, removed at the end. */
export async function tempDataDir(t: ExecutionContext): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bff-test-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `node --import tsx bff/src/server.ts` as `npm start` would; killed at the test's end if still alive. */
export function spawnServer(t: ExecutionContext, env: Record<string, string>): ServerProcess {
  const { MONGODB_URI: _ignored, ...inherited } = process.env; // a developer's MONGODB_URI must not leak in
  const child = spawn(process.execPath, ['--import', 'tsx', 'bff/src/server.ts'], {
    cwd: REPO_ROOT,
    env: { ...inherited, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  let stderr = '';
  createInterface({ input: child.stdout! }).on('line', (text) => {
    try {
      lines.push(JSON.parse(text) as LogLine);
    } catch {
      lines.push({ raw: text });
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  t.teardown(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });

  const waitForLine = async (predicate: (line: LogLine) => boolean, timeoutMs = 30_000): Promise<LogLine> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = lines.find(predicate);
      if (found) return found;
      if (Date.now() > deadline || child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`server never logged the expected line; stdout: ${JSON.stringify(lines)} stderr: ${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return { child, lines, stderr: () => stderr, exited, waitForLine };
}

/** Starts the server and reads the two addresses it announces: its own and the embedded database's. */
export async function startServer(t: ExecutionContext, dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess & { url: string; dbUri: string }> {
  const server = spawnServer(t, { DATA_DIR: dataDir, ...env });
  const listening = await server.waitForLine((line) => String(line.msg).startsWith('BFF listening on '));
  const embedded = await server.waitForLine((line) => typeof line.dbUri === 'string');
  return { ...server, url: String(listening.url), dbUri: String(embedded.dbUri) };
}
