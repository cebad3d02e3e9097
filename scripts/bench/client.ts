import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(full) : fs.statSync(full).size;
  }
  return total;
}

/** Main package = the weapp build minus its subpackage roots (from app.json). */
export async function weappSizes(root: string): Promise<string> {
  const dist = path.join(root, 'miniapp/dist/weapp');
  const appJson = path.join(dist, 'app.json');
  if (!fs.existsSync(appJson)) return 'weapp package sizes: skipped (no weapp build; run npm run build:weapp)';
  const app = JSON.parse(fs.readFileSync(appJson, 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const subs = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const subSizes = subs.map((s) => [s, fs.existsSync(path.join(dist, s)) ? dirSize(path.join(dist, s)) : 0] as const);
  const main = dirSize(dist) - subSizes.reduce((sum, [, size]) => sum + size, 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [`weapp main package: ${kb(main)} (limit 1 MB)`, ...subSizes.map(([s, size]) => `  subpackage ${s}: ${kb(size)}`)].join('\n');
}

/** H5 first screen in headless Chromium at a phone viewport with the CPU slowed four times. */
export async function firstScreen(origin: string): Promise<string> {
  const executablePath = '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) return 'H5 first screen: skipped (no /usr/bin/chromium; apt-get install -y chromium)';
  const index = await fetch(origin).then((r) => (r.ok ? r.text() : ''), () => '');
  if (!index.includes('<div')) return 'H5 first screen: skipped (the BFF serves no H5 build; run npm run build:h5)';
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ssc-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 390, height: 844 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const started = Date.now();
    await page.goto(origin, { waitUntil: 'load' });
    await page.waitForSelector('[data-screen-ready], .page', { timeout: 30_000 }).catch(() => undefined);
    const loaded = Date.now() - started;
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    return `H5 first screen (CPU ×4 slower, 390×844): first contentful paint ${fcp === null ? 'n/a' : `${Math.round(fcp)} ms`}, page ready ${loaded} ms`;
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
