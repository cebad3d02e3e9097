import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExecutionContext } from 'ava';
import type { Page } from 'playwright-core';
import { ensureH5Build } from '../scripts/h5-build';
import { e2eTest, openPhone, screenshot } from './helpers/browser';
import { startServer, tempDataDir } from './helpers/bff-process';
import { signInAndBind, type DemoPerson } from './helpers/e2e-login';

// Seeded (README): 陈志强's card renewal is in production, so the card bank can move it one step.
const CHEN: DemoPerson = { name: '陈志强', phone: '13800138001', idNumber: '440106197803120039' };

interface H5 {
  url: string;
  dataDir: string;
}

async function api<T>(h5: H5, method: string, route: string, headers: Record<string, string>, body?: unknown): Promise<T> {
  const response = await fetch(`${h5.url}/api/v1${route}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** The card bank's key, as the development server generated it (AGENCY_API_KEYS is `name:key`). */
async function agencyKey(h5: H5): Promise<string> {
  const secrets = JSON.parse(await readFile(path.join(h5.dataDir, 'dev-secrets.json'), 'utf8')) as Record<string, string>;
  return String(secrets.AGENCY_API_KEYS).split(',')[0]!.split(':')[1]!;
}

/** Asks until `check` holds: the notification worker delivers in the background. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The whole page, after the slide-in transition: Taro's H5 pages scroll inside the viewport. */
async function shot(t: ExecutionContext, page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600);
  const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, ...Array.from(document.querySelectorAll('.page'), (e) => e.scrollHeight)));
  await page.setViewportSize({ width: 390, height: Math.max(844, Math.min(height, 4000)) });
  t.log(`screenshot: ${await screenshot(page, `e2e-messages-${name}`)}`);
  await page.setViewportSize({ width: 390, height: 844 });
}

const entry = (page: Page) => page.locator('.home__messages');
const smsSwitch = (page: Page) => page.getByRole('switch', { name: '申领进度有变化：短信' });

e2eTest('陈志强 is told his application moved on, reads it in the message centre and chooses sms', async (t) => {
  t.timeout(10 * 60_000); // includes the H5 build when the sources changed
  await ensureH5Build();
  const dataDir = await tempDataDir(t);
  // Demo mode off: only the step below moves the application. A quick worker poll keeps the test short.
  const server = await startServer(t, dataDir, { DEMO_MODE: 'off', NOTIFY_POLL_MS: '200' });
  const h5: H5 = { url: server.url, dataDir };
  const page = await openPhone(t);
  page.on('pageerror', (error) => t.log(`page error: ${error.message}`));
  const { token } = await signInAndBind(page, { url: server.url, server }, CHEN);
  const asChen = { authorization: `Bearer ${token}` };
  t.teardown(async () => {
    if (!page.isClosed()) await screenshot(page, 'e2e-messages-last').catch(() => undefined);
  });

  // Home without news: the entry is there, with no badge.
  await page.goto(`${h5.url}/`);
  await entry(page).waitFor({ timeout: 30_000 });
  t.is(await entry(page).getAttribute('aria-label'), '消息中心，没有未读消息');
  t.is(await page.locator('.home__badge').count(), 0);

  // The card bank records the next step; the worker puts the notice in the message centre.
  const { applications } = await api<{ applications: { id: string; stage: string }[] }>(h5, 'GET', '/applications', asChen);
  const application = applications.find((a) => a.stage === 'inProduction');
  if (!application) throw new Error('陈志强 has no application in production');
  await api(h5, 'POST', `/agency/applications/${application.id}/transitions`, { 'x-api-key': await agencyKey(h5) }, { to: 'cityBankReceived', office: '深圳市分行' });
  const counted = await eventually(() => api<{ unread: number }>(h5, 'GET', '/notifications/unread-count', asChen), (c) => c.unread > 0);
  t.is(counted.unread, 1, 'one notice for one step');

  // Home shows the badge when shown again, with the count for screen readers.
  await page.goto(`${h5.url}/`);
  await page.locator('.home__badge').waitFor({ timeout: 30_000 });
  t.is((await page.locator('.home__badge').innerText()).trim(), '1');
  t.is(await entry(page).getAttribute('aria-label'), '消息中心，有 1 条未读消息');
  await shot(t, page, 'home-badge');

  // The message centre: the notice in Chinese, marked unread in words and for screen readers.
  await entry(page).click();
  await page.waitForURL(/\/subpackages\/messages\/list\/index/, { timeout: 30_000 });
  const item = page.locator('.msgs__item').first();
  await item.waitFor({ timeout: 30_000 });
  t.is((await item.locator('.msgs__title').innerText()).trim(), '社保卡申领进度');
  t.true(await item.getByText('卡片已制作完成，已送到市级银行，正在分发到网点。').isVisible());
  t.true(await item.getByText('未读', { exact: true }).isVisible());
  t.regex((await item.getAttribute('aria-label')) ?? '', /^未读消息：社保卡申领进度/);
  t.true(await page.getByText('1 条未读').isVisible());
  await shot(t, page, 'list-unread');

  // Tapping it opens the application it is about and marks it read.
  await item.click();
  await page.waitForURL(new RegExp(`/subpackages/applications/detail/index\\?id=${application.id}`), { timeout: 30_000 });
  await page.getByRole('heading', { name: '现在到哪一步了' }).waitFor({ timeout: 30_000 });
  t.is((await api<{ unread: number }>(h5, 'GET', '/notifications/unread-count', asChen)).unread, 0);

  await page.goto(`${h5.url}/`);
  await entry(page).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('.home__messages')?.getAttribute('aria-label') === '消息中心，没有未读消息', undefined, { timeout: 30_000 });
  t.is(await page.locator('.home__badge').count(), 0, 'the badge is gone');

  await page.goto(`${h5.url}/subpackages/messages/list/index`);
  await page.locator('.msgs__item').first().waitFor({ timeout: 30_000 });
  t.is(await page.locator('.msgs__item--unread').count(), 0, 'the notice is read');
  t.regex((await page.locator('.msgs__item').first().getAttribute('aria-label')) ?? '', /^社保卡申领进度/);
  t.true(await page.getByText('全部已读', { exact: true }).isVisible());

  // Settings, reached from the me page: SMS for application news, kept after a reload.
  await page.goto(`${h5.url}/pages/me/index`);
  await page.getByText('通知设置', { exact: true }).click();
  await page.waitForURL(/\/subpackages\/messages\/settings\/index/, { timeout: 30_000 });
  await smsSwitch(page).waitFor({ timeout: 30_000 });
  t.is(await smsSwitch(page).getAttribute('aria-checked'), 'false');
  await smsSwitch(page).click();
  await page.getByText('已保存', { exact: true }).waitFor({ timeout: 30_000 });
  t.is(await smsSwitch(page).getAttribute('aria-checked'), 'true');
  await shot(t, page, 'settings');
  await page.reload();
  await smsSwitch(page).waitFor({ timeout: 30_000 });
  t.is(await smsSwitch(page).getAttribute('aria-checked'), 'true', 'kept after a reload');
  const prefs = await api<{ kinds: Record<string, { platform: boolean; sms: boolean }> }>(h5, 'GET', '/notifications/preferences', asChen);
  t.deepEqual(prefs.kinds['application.stageChanged'], { platform: true, sms: true });
  t.deepEqual(prefs.kinds['card.formalLoss'], { platform: true, sms: false }, 'the other kinds are untouched');

  // Elder mode: the same pages, larger.
  await page.evaluate(() => localStorage.setItem('ssc.elder', JSON.stringify({ data: 'on' })));
  await page.goto(`${h5.url}/subpackages/messages/list/index`);
  await page.locator('.page.elder .msgs__item').first().waitFor({ timeout: 30_000 });
  await shot(t, page, 'list-elder');
  await page.goto(`${h5.url}/subpackages/messages/settings/index`);
  await page.locator('.page.elder').getByRole('switch').first().waitFor({ timeout: 30_000 });
  await shot(t, page, 'settings-elder');
  await page.goto(`${h5.url}/`);
  await page.locator('.page.elder .home__messages').waitFor({ timeout: 30_000 });
  await shot(t, page, 'home-elder');

  // Choosing English on the me page makes later notices (and this one, read again) English.
  await page.goto(`${h5.url}/pages/me/index`);
  await page.getByRole('button', { name: 'English' }).click();
  const language = await eventually(() => api<{ locale: string }>(h5, 'GET', '/notifications/preferences', asChen), (p) => p.locale === 'en');
  t.is(language.locale, 'en');
  await page.goto(`${h5.url}/subpackages/messages/list/index`);
  await page.locator('.msgs__title').first().waitFor({ timeout: 30_000 });
  t.is((await page.locator('.msgs__title').first().innerText()).trim(), 'Card application update');
  await shot(t, page, 'list-en-elder');
});
