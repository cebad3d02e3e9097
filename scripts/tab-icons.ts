import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Draws the tab bar icons (81×81 PNG, as WeChat recommends; mini-program tab bars take no SVG)
 * from the shapes below, in the tab bar's two colours. Run again after changing a shape:
 * `npx tsx scripts/tab-icons.ts` (needs /usr/bin/chromium).
 */
const OUT = path.resolve(__dirname, '..', 'miniapp', 'src', 'assets', 'tab');
const COLOURS = { normal: '#545454', active: '#0a58ca' } as const; // app.config.ts tabBar colours

const SHAPES: Record<string, string> = {
  // A house: roof and body with a door.
  home: '<path d="M12 38 L40.5 14 L69 38" fill="none" stroke="C" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/><path d="M20 34 V66 H34 V50 H47 V66 H61 V34" fill="none" stroke="C" stroke-width="6" stroke-linejoin="round"/>',
  // A person: head and shoulders.
  me: '<circle cx="40.5" cy="28" r="13" fill="none" stroke="C" stroke-width="6"/><path d="M15 68 C17 52 28 46 40.5 46 C53 46 64 52 66 68" fill="none" stroke="C" stroke-width="6" stroke-linecap="round"/>',
};

async function main(): Promise<void> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tab-icons-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 81, height: 81 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (const [name, shape] of Object.entries(SHAPES)) {
      for (const [state, colour] of Object.entries(COLOURS)) {
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 81 81">${shape.replaceAll('"C"', `"${colour}"`)}</svg>`;
        await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
        const file = path.join(OUT, `${name}${state === 'active' ? '-active' : ''}.png`);
        await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: 81, height: 81 } });
        process.stdout.write(`${path.relative(process.cwd(), file)} ${fs.statSync(file).size} bytes\n`);
      }
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
