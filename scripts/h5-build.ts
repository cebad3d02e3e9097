import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..');
const MINIAPP = path.join(REPO_ROOT, 'miniapp');
export const H5_DIR = path.join(MINIAPP, 'dist', 'h5');
const HASH_FILE = path.join(H5_DIR, '.source-hash');
const LOCK_DIR = path.join(MINIAPP, '.h5-build.lock');

/** Everything the H5 bundle is made from: sources, build configuration and dependency versions. */
const INPUTS = ['miniapp/src', 'miniapp/config', 'miniapp/types', 'miniapp/babel.config.js', 'miniapp/package.json', 'miniapp/tsconfig.json', 'shared/src', 'shared/package.json', 'package-lock.json'];

async function filesUnder(relative: string): Promise<string[]> {
  const absolute = path.join(REPO_ROOT, relative);
  try {
    const entries = await readdir(absolute, { withFileTypes: true });
    const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(path.join(relative, e.name)) : [path.join(relative, e.name)])));
    return nested.flat();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [relative];
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** A hash of the inputs, of miniapp/.env* and of the TARO_APP_* variables (they are compiled in). */
export async function sourceHash(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const dotenv = (await readdir(MINIAPP)).filter((name) => name.startsWith('.env')).map((name) => `miniapp/${name}`);
  const files = (await Promise.all([...INPUTS, ...dotenv].map(filesUnder))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(await readFile(path.join(REPO_ROOT, file))).update('\0');
  for (const key of Object.keys(env).filter((k) => k.startsWith('TARO_APP_')).sort()) hash.update(`${key}=${env[key]}\0`);
  return hash.digest('hex');
}

async function builtHash(): Promise<string | undefined> {
  return readFile(HASH_FILE, 'utf8').then((text) => text.trim(), () => undefined);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One build at a time across processes (parallel test workers): a lock folder holding the owner's pid. */
async function withLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK_DIR);
      await writeFile(path.join(LOCK_DIR, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(path.join(LOCK_DIR, 'pid'), 'utf8').catch(() => ''));
      // A lock left by a killed build would block every later one.
      if (owner && !isAlive(owner)) await rm(LOCK_DIR, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK_DIR, { recursive: true, force: true });
  }
}

/** Runs `taro build --type h5`; its chatty output is kept and shown only when the build fails. */
function runTaroBuild(): Promise<void> {
  const cli = require.resolve('@tarojs/cli/bin/taro', { paths: [MINIAPP] });
  // A production bundle whatever the caller's NODE_ENV (the tests run with NODE_ENV=test).
  const child = spawn(process.execPath, [cli, 'build', '--type', 'h5'], { cwd: MINIAPP, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`H5 build failed (exit ${code}):\n${output.slice(-6000)}`))));
  });
}

export interface BuildResult {
  built: boolean;
  ms: number;
  hash: string;
}

/**
 * Builds the H5 app when its sources changed since the last build (or `force`), then records their
 * hash in dist/h5/.source-hash, so an unchanged restart skips the minute-long build.
 */
export async function ensureH5Build(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  return withLock(async () => {
    const hash = await sourceHash();
    if (!options.force && (await builtHash()) === hash) return { built: false, ms: 0, hash };
    log('Building the H5 app (miniapp/dist/h5)…');
    const started = Date.now();
    await runTaroBuild();
    await writeFile(HASH_FILE, `${hash}\n`);
    const ms = Date.now() - started;
    log(`H5 app built in ${(ms / 1000).toFixed(1)} s`);
    return { built: true, ms, hash };
  });
}

if (require.main === module) {
  ensureH5Build({ force: process.argv.includes('--force'), log: (line) => process.stdout.write(`${line}\n`) }).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
