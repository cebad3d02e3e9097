import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export interface Child {
  child: ChildProcess;
  lines: string[];
  /** Resolves with the first output line matching. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /**
   * Stops reading the output line by line: under load the BFF writes a line per request, and
   * splitting and keeping them would take the load generator's CPU. The output is still drained.
   */
  mute(): void;
}

/** Starts `node --import tsx <script>` and keeps its output lines for the caller to read. */
export function startTs(script: string, args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Child {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (m: RegExpExecArray) => void }[] = [];
  const onLine = (line: string) => {
    lines.push(line);
    for (const w of [...waiters]) {
      const m = w.pattern.exec(line);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  const readers = [readline.createInterface({ input: child.stdout! }), readline.createInterface({ input: child.stderr! })];
  for (const reader of readers) reader.on('line', onLine);
  return {
    child,
    lines,
    mute() {
      for (const reader of readers) reader.close();
      child.stdout!.resume();
      child.stderr!.resume();
    },
    waitFor(pattern, timeoutMs = 120_000) {
      for (const line of lines) {
        const m = pattern.exec(line);
        if (m) return Promise.resolve(m);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern} from ${script}`)), timeoutMs);
        waiters.push({ pattern, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
  };
}

export function stop(child: Child): Promise<void> {
  return new Promise((resolve) => {
    if (child.child.exitCode !== null) return resolve();
    child.child.once('exit', () => resolve());
    child.child.kill('SIGTERM');
    setTimeout(() => child.child.kill('SIGKILL'), 5000).unref();
  });
}

export interface Stack {
  db: Child;
  bff: Child;
  /** The BFF's base URL, `http://127.0.0.1:<port>`. */
  url: string;
}

/**
 * The embedded database and the BFF of the checkout at `root`, each as its own process, with
 * their data in `dir`. Each process is added to `children` as soon as it starts, for the caller
 * to stop whatever happens next.
 */
export async function startStack(root: string, dir: string, children: Child[]): Promise<Stack> {
  const db = startTs(path.join(root, 'bff/embedded-mongo/src/cli.ts'), ['--port', '0', '--dbpath', path.join(dir, 'db')]);
  children.push(db);
  const dbPort = (await db.waitFor(/listening on 127\.0\.0\.1:(\d+)/))[1];
  const bff = startTs(path.join(root, 'bff/src/server.ts'), [], {
    PORT: '0',
    NODE_ENV: 'development',
    MONGODB_URI: `mongodb://127.0.0.1:${dbPort}/`,
    DATA_DIR: dir,
    DEMO_MODE: 'off',
  });
  children.push(bff);
  const url = (await bff.waitFor(/"url":"(http:\/\/[^"]+)"/))[1] as string;
  return { db, bff, url };
}
