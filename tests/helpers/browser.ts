import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { chromium, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install -y chromium`); playwright's own browser downloads are not reachable. */
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Declares an end-to-end test. Without the browser it is skipped on a developer's machine, with
 * the reason printed; in CI (CI set) it runs and fails, since CI is where the browser must be.
 */
export function e2eTest(title: string, body: (t: ExecutionContext) => Promise<void>): void {
  if (!existsSync(CHROMIUM) && !process.env.CI) {
    process.stderr.write(`Skipping end-to-end test "${title}": no browser at ${CHROMIUM} (apt-get install -y chromium)\n`);
    test.skip(title, body);
    return;
  }
  test.serial(title, async (t) => {
    if (!existsSync(CHROMIUM)) t.fail(`No browser at ${CHROMIUM}: CI must install it (.ci/run installs Debian's chromium)`);
    else await body(t);
  });
}

/** A fresh headless browser with a phone-sized page (390x844), closed with its profile at the test's end. */
export async function openPhone(t: ExecutionContext, options: { locale?: string } = {}): Promise<Page> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: options.locale ?? 'zh-CN',
  });
  t.teardown(async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  });
  return context.pages()[0] ?? (await context.newPage());
}

/** Saves a screenshot under test-artifacts/ (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
