import type { Locator, Page } from 'playwright-core';
import { addMonths, periodIndex, periodOf } from '../shared/src';
import { formatYearsMonths } from '../miniapp/src/i18n/format';
import { e2eTest, openPhone, screenshot } from './helpers/browser';
import { signInAndBind, type DemoPerson } from './helpers/e2e-login';
import { startH5Server } from './helpers/h5-server';

const CHEN_ZHIQIANG: DemoPerson = { name: '陈志强', phone: '13800138001', idNumber: '440106197803120039' };

/**
 * The whole page, not just the first screen: Taro's H5 pages scroll inside an element, which a
 * full-page screenshot does not see, so the viewport is stretched to the content for the shot.
 */
async function pageShot(page: Page, name: string): Promise<string> {
  await page.waitForTimeout(600); // the page's slide-in transition
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  const height = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('*'), (e) => e.scrollHeight)));
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 12_000) });
  try {
    return await screenshot(page, name);
  } finally {
    await page.setViewportSize(viewport);
  }
}

/**
 * 陈志强's paid pension months as the seed makes them: July 2002 to its latest month (the one before
 * the current month), less the eight-month gap and the latest month (declared, not received yet).
 * Worked out here so the test holds in whatever month it runs.
 */
const pensionMonths = periodIndex(addMonths(periodOf(new Date()), -1)) - periodIndex('2002-07') + 1 - 8 - 1;

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name }).first();

/** Shown on the page on top: Taro's H5 keeps the pages below it in the document, hidden. */
const shown = (locator: Locator) => locator.filter({ visible: true }).first().isVisible();
const visibleText = (page: Page, selector: string) => page.locator(selector).filter({ visible: true }).first().innerText();

e2eTest('陈志强 sees his gap, browses years and types, opens a record, the chart and a statement, in chinese and english', async (t) => {
  t.timeout(8 * 60_000); // includes the H5 build when the sources changed
  const h5 = await startH5Server(t);
  const page = await openPhone(t);
  await signInAndBind(page, h5, CHEN_ZHIQIANG);

  // The overview, from home: pension years against the minimum, the gap with what to do, accounts, places.
  await page.goto(`${h5.url}/`);
  await page.getByRole('button', { name: '缴费记录' }).click();
  await heading(page, '养老保险缴费年限').waitFor({ timeout: 30_000 });
  t.is(await visibleText(page, '.rec-progress__paid'), `已缴 ${formatYearsMonths(pensionMonths, 'zh-CN')}`);
  t.true(await shown(page.getByText('已缴满 15年')));
  await heading(page, '断缴提醒').waitFor();
  t.true(await shown(page.getByText('2010年7月至2011年2月，共8个月')), 'the gap is called out with its months');
  t.true(await shown(page.getByText(/^养老：这些月份不计入缴费年限/)), 'what the gap means for the pension');
  t.true(await shown(page.getByText(/拨打 12333/)), 'what to do about it');
  t.true(await shown(page.getByText(/^余额只是个人账户里的钱/)), 'the balance is the personal account only');
  t.true(await shown(page.getByText(/^您在 2 个城市缴过社保/)), 'the move is explained');
  t.true(await shown(page.getByLabel('广州市: 2002年7月至2016年8月，13年6个月')), 'each city with its months');
  t.true(await shown(page.getByLabel(/^深圳市: 2016年9月至/)));

  // The chart: each bar says its figures; a tap writes the year out; the series can be listed as text.
  await page.getByRole('button', { name: /^2010年（6个月）：个人/ }).click();
  t.regex(await page.locator('.rec-chart__current').innerText(), /^2010年（6个月）：个人 ¥[\d,.]+，单位 ¥[\d,.]+，合计 ¥[\d,.]+$/);
  await page.getByRole('button', { name: '用文字列出每年数字' }).click();
  t.true(await shown(page.getByText('2003年（12个月）')), 'the listed years include a full one');
  t.log(`screenshot: ${await pageShot(page, 'e2e-records-summary')}`);

  // The gap's year, month by month: the missing months sit in their place.
  await page.getByRole('link', { name: '查看2010年的每月明细' }).click();
  await heading(page, '2010年 · 养老保险').waitFor({ timeout: 30_000 });
  t.true(await shown(page.getByText('2010年7月至2010年12月，共6个月')));
  t.true(await shown(page.getByText('无缴费记录（断缴）')));
  t.is(await page.getByRole('link', { name: /^2010年\d+月，正常/ }).count(), 6);
  t.log(`screenshot: ${await pageShot(page, 'e2e-records-list-2010-pension')}`);

  // A second year, then a second type.
  await page.getByRole('button', { name: '下一年: 2011' }).click();
  await heading(page, '2011年 · 养老保险').waitFor({ timeout: 30_000 });
  t.true(await shown(page.getByText('2011年1月至2011年2月，共2个月')));
  await page.getByRole('tab', { name: '医疗保险' }).click();
  await heading(page, '2011年 · 医疗保险').waitFor({ timeout: 30_000 });
  t.is(await page.getByRole('tab', { name: '医疗保险' }).getAttribute('aria-selected'), 'true');
  t.is(await page.getByRole('link', { name: /^2011年\d+月，正常/ }).count(), 10);
  t.log(`screenshot: ${await pageShot(page, 'e2e-records-list-2011-medical')}`);

  // One record.
  await page.getByRole('link', { name: /^2011年3月，正常/ }).click();
  await page.waitForURL(/\/subpackages\/records\/detail\/index\?id=[0-9a-f]{24}/, { timeout: 30_000 });
  await heading(page, '2011年3月 · 医疗保险').waitFor({ timeout: 30_000 });
  t.true(await shown(page.getByText('个人 2%，单位 9%')), 'the rates worked out from the amounts');
  t.true(await shown(page.getByText('广州市 越秀区')), 'where it was paid');
  t.log(`screenshot: ${await pageShot(page, 'e2e-records-detail')}`);

  // That year's statement, then the one before.
  await page.getByRole('button', { name: '查看2011年权益记录单' }).click();
  await heading(page, '2011年个人权益记录单').waitFor({ timeout: 30_000 });
  t.true(await shown(page.getByLabel('姓名: 陈*强')), 'the name is masked');
  t.true(await shown(page.getByText('2011年1月至2011年2月，共2个月')));
  t.log(`screenshot: ${await pageShot(page, 'e2e-records-statement-2011')}`);
  await page.getByRole('button', { name: '上一年: 2010' }).click();
  await heading(page, '2010年个人权益记录单').waitFor({ timeout: 30_000 });

  // 2019: a second job's employer insured him against work injury too; those months name each employer.
  await page.goto(`${h5.url}/subpackages/records/list/index?year=2019&type=workInjury`);
  await heading(page, '2019年 · 工伤保险').waitFor({ timeout: 30_000 });
  t.is(await page.getByRole('link', { name: /^2019年3月 · / }).count(), 2, 'two records of March, one per employer');
  t.true(await shown(page.getByRole('link', { name: /^2019年3月 · 深圳鹏城即时配送有限公司，正常，个人 ¥0\.00，单位 ¥12\.00$/ })));
  t.true(await shown(page.getByRole('link', { name: /^2019年3月 · 深圳前海云启科技有限公司，正常/ })));
  t.is(await page.getByRole('link', { name: /^2019年1月，正常/ }).count(), 1, 'a month with one employer reads as before');
  t.log(`screenshot: ${await pageShot(page, 'e2e-records-list-2019-work-injury')}`);

  // English.
  await page.goto(`${h5.url}/`);
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('button', { name: 'Payment records' }).click();
  await heading(page, 'Years of pension contributions').waitFor({ timeout: 30_000 });
  t.is(await visibleText(page, '.rec-progress__paid'), `${formatYearsMonths(pensionMonths, 'en')} paid`);
  t.true(await shown(page.getByText('July 2010 to February 2011, 8 months')));
  t.true(await shown(page.getByText(/^The balance is only what sits in your personal account/)));
  t.log(`screenshot: ${await pageShot(page, 'e2e-records-summary-en')}`);
  await page.getByRole('link', { name: 'See the months of 2010' }).click();
  await heading(page, '2010 · Pension insurance').waitFor({ timeout: 30_000 });
  t.true(await shown(page.getByText('July 2010 to December 2010, 6 months')));
  t.log(`screenshot: ${await pageShot(page, 'e2e-records-list-en')}`);
  await page.getByRole('link', { name: /^June 2010, Paid/ }).click();
  await heading(page, 'June 2010 · Pension insurance').waitFor({ timeout: 30_000 });
  t.true(await shown(page.getByText('You 8%, employer 16%')));
  t.log(`screenshot: ${await pageShot(page, 'e2e-records-detail-en')}`);
  await page.getByRole('button', { name: 'See the statement for 2010' }).click();
  await heading(page, 'Personal rights statement 2010').waitFor({ timeout: 30_000 });
  t.true(await shown(page.getByText('July 2010 to December 2010, 6 months')));
  t.log(`screenshot: ${await pageShot(page, 'e2e-records-statement-en')}`);

  // Without a network the last overview and year list are still shown, with their time.
  await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
  await page.goto(`${h5.url}/subpackages/records/summary/index`);
  await heading(page, 'Years of pension contributions').waitFor({ timeout: 30_000 });
  t.true(await shown(page.getByText(/^You are offline\. Showing data as of \d+ \w+ \d{4}, \d\d:\d\d\.$/)));
  t.true(await shown(page.getByText('July 2010 to February 2011, 8 months')));
  t.log(`screenshot: ${await pageShot(page, 'e2e-records-summary-offline')}`);
  await page.unroute('**/api/v1/**');
});
