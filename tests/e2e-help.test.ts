import type { Page } from 'playwright-core';
import { e2eTest, openPhone, screenshot } from './helpers/browser';
import { startH5Server } from './helpers/h5-server';

/** The app's stored choices, as Taro's H5 storage keeps them (localStorage, the value wrapped as `{ data }`). */
async function choose(page: Page, url: string, prefs: Record<string, string>): Promise<void> {
  await page.goto(`${url}/`);
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, JSON.stringify({ data: value }));
  }, Object.entries(prefs));
}

e2eTest('reads help in english in elder mode, without signing in, and follows the language switch', async (t) => {
  t.timeout(6 * 60_000);
  const { url } = await startH5Server(t);
  const page = await openPhone(t, { locale: 'en-US' });
  await choose(page, url, { 'ssc.locale': 'en', 'ssc.elder': 'on' });

  await page.goto(`${url}/subpackages/help/list/index`);
  await page.getByText('Social security hotline 12333').first().waitFor({ timeout: 30_000 });
  t.true(await page.locator('.page.elder').isVisible(), 'elder mode is on');
  // The whole document says its language, not only the page: browsers offer translation by it.
  t.is(await page.locator('html').getAttribute('lang'), 'en');
  t.true(await page.locator('a[href="tel:12333"]').count() > 0);
  await page.locator('.help__item').first().waitFor();
  t.log(`screenshot: ${await screenshot(page, 'e2e-help-list-en-elder')}`);

  const title = (await page.locator('.help__title').first().innerText()).trim();
  t.regex(title, /[A-Za-z]/, 'the article titles are in english');
  await page.locator('.help__item').first().click();
  await page.getByRole('heading', { name: title }).waitFor({ timeout: 30_000 });
  t.true(await page.getByText(/^Updated /).isVisible());
  t.log(`screenshot: ${await screenshot(page, 'e2e-help-article-en-elder')}`);

  await page.goto(`${url}/subpackages/help/privacy/index`);
  await page.getByText(/^Version /).waitFor({ timeout: 30_000 });
  t.log(`screenshot: ${await screenshot(page, 'e2e-help-privacy-en-elder')}`);

  // Spanish: the same pages come back from the BFF in Spanish.
  await choose(page, url, { 'ssc.locale': 'es', 'ssc.elder': 'off' });
  await page.goto(`${url}/subpackages/help/list/index`);
  await page.getByText('Línea de la seguridad social 12333').first().waitFor({ timeout: 30_000 });
  await page.locator('.help__item').first().waitFor();
  t.is(await page.locator('html').getAttribute('lang'), 'es');
  t.log(`screenshot: ${await screenshot(page, 'e2e-help-list-es')}`);
});
