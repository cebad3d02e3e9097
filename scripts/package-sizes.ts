import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Our own ceiling for the WeChat main package (the platform's is 2 MB): room for the pages to come. */
export const MAIN_PACKAGE_LIMIT = 1024 * 1024;
// The developer tool's project files are not part of the uploaded code package.
const NOT_UPLOADED = new Set(['project.config.json', 'project.private.config.json']);

async function files(dir: string, relative = ''): Promise<{ path: string; size: number }[]> {
  const entries = await readdir(path.join(dir, relative), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const rel = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) return files(dir, rel);
      return [{ path: rel, size: (await stat(path.join(dir, rel))).size }];
    }),
  );
  return nested.flat();
}

export interface PackageSize {
  name: string;
  bytes: number;
}

/** Sizes of the main package and of each subpackage of a weapp build, as app.json declares them. */
export async function packageSizes(dir: string): Promise<PackageSize[]> {
  const app = JSON.parse(await readFile(path.join(dir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
  const sizes = new Map<string, number>([['main', 0], ...roots.map((root): [string, number] => [root, 0])]);
  for (const file of await files(dir)) {
    if (NOT_UPLOADED.has(file.path)) continue;
    const root = roots.find((r) => file.path.startsWith(r)) ?? 'main';
    sizes.set(root, (sizes.get(root) ?? 0) + file.size);
  }
  return [...sizes].map(([name, bytes]) => ({ name, bytes }));
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, '..', 'miniapp', 'dist', 'weapp');
  if (!existsSync(path.join(dir, 'app.json'))) {
    process.stderr.write('No weapp build at miniapp/dist/weapp: run npm run build:weapp first\n');
    process.exit(1);
  }
  const sizes = await packageSizes(dir);
  for (const { name, bytes } of sizes) process.stdout.write(`${name.padEnd(28)} ${kib(bytes).padStart(12)}\n`);
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  process.stdout.write(`${'total'.padEnd(28)} ${kib(total).padStart(12)}\n`);
  const main = sizes.find((s) => s.name === 'main')?.bytes ?? 0;
  if (main > MAIN_PACKAGE_LIMIT) {
    process.stderr.write(`The main package is ${kib(main)}, over the ${kib(MAIN_PACKAGE_LIMIT)} limit: move pages or code into subpackages\n`);
    process.exit(1);
  }
  process.stdout.write(`main package within ${kib(MAIN_PACKAGE_LIMIT)}\n`);
}

if (require.main === module) void main();
