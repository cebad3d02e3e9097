import type { Page } from 'playwright-core';
import { seedIdPhoto } from '../bff/src/seed/photo';
import { pngImage } from './helpers/applications';
import { e2eTest, openPhone, screenshot } from './helpers/browser';
import { LIU_YANG, signInAndBind } from './helpers/e2e-login';
import { startH5Server } from './helpers/h5-server';

const STEP_SECONDS = 3;

/** What the detail page says the application is at now. */
const stageText = (page: Page) => page.locator('.detail__stage').innerText();

/** A screenshot once the page's slide-in transition has ended. */
async function shot(page: Page, name: string): Promise<string> {
  await page.waitForTimeout(800);
  return screenshot(page, name);
}

/** Picks a photo through the form's file input (Taro's chooseImage on H5). */
async function pickPhoto(page: Page, buffer: Buffer): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.apply__photo-button').click()]);
  await chooser.setFiles({ name: 'id-photo.png', mimeType: 'image/png', buffer });
}

/** Chooses ICBC's Xicheng branch in Beijing on the apply form. */
async function pickBranch(page: Page): Promise<void> {
  await page.getByRole('radio', { name: '中国工商银行', exact: true }).click();
  await page.getByRole('radio', { name: '中国工商银行北京西城支行' }).click();
}

e2eTest('刘洋 applies for a new card with a photo, follows it advancing and reads help', async (t) => {
  t.timeout(8 * 60_000); // includes the H5 build when the sources changed
  // Demo mode moves applications along every few seconds, so progress shows within the test.
  const h5 = await startH5Server(t, { env: { DEMO_MODE: 'on', DEMO_STEP_SECONDS: String(STEP_SECONDS) } });
  const page = await openPhone(t);
  await signInAndBind(page, h5, LIU_YANG);
  // What the page showed when a step failed: the first thing to look at.
  t.teardown(async () => {
    if (!page.isClosed()) await screenshot(page, 'e2e-applications-last').catch(() => undefined);
  });

  // No card yet: the card page says so and offers to apply, instead of a failure to load.
  await page.goto(`${h5.url}/subpackages/card/card/index`);
  await page.getByText('您还没有社保卡', { exact: true }).waitFor({ timeout: 30_000 });
  t.true(await page.getByRole('button', { name: '申领社保卡' }).isVisible());
  t.false(await page.getByText('没能加载出来').isVisible(), 'not an error to retry');
  await page.getByRole('button', { name: '查看我的申请' }).click();

  // The list: the first application, which failed its review.
  await page.getByText('审核未通过', { exact: true }).waitFor({ timeout: 30_000 });
  t.log(`screenshot: ${await shot(page, 'e2e-applications-list')}`);

  // The form: a first card from ICBC, collected at the Xicheng branch, with an ID photo.
  await page.getByText('申请办卡', { exact: true }).click();
  await page.getByRole('radio', { name: '首次申领' }).waitFor();
  await pickBranch(page);
  t.true(await page.getByText('北京市西城区复兴门内大街 55 号').isVisible(), 'the branch shows its address');
  t.true(await page.getByRole('radio', { name: '中国工商银行北京西城支行' }).getByText('营业时间：周一至周五 9:00-17:00').isVisible(), 'and its opening hours');
  // A photo below 295x413 is refused, in plain words.
  await pickPhoto(page, pngImage(200, 280));
  await page.getByText(/照片太小，至少要 295×413 像素/).waitFor({ timeout: 30_000 });
  await pickPhoto(page, seedIdPhoto(330, 450));
  await page.getByText('照片已上传，可以提交了。').waitFor({ timeout: 30_000 });
  t.log(`screenshot: ${await shot(page, 'e2e-applications-apply')}`);

  await page.getByText('提交申请', { exact: true }).click();
  await page.waitForURL(/\/subpackages\/applications\/detail\/index\?id=[0-9a-f]{24}/, { timeout: 30_000 });
  await page.getByRole('heading', { name: '现在到哪一步了' }).waitFor({ timeout: 30_000 });
  t.true(await page.locator('a[href="tel:01066101234"]').count() > 0, 'the branch phone is a tel: link');
  t.true(await page.getByText('中国工商银行北京西城支行').first().isVisible());
  const first = await stageText(page);
  const stepsBefore = await page.locator('.ssc-timeline__step--done, .ssc-timeline__step--current').count();
  t.log(`screenshot: ${await shot(page, 'e2e-applications-detail')}`);

  // Progress: ask again until the application has moved on at least two stages.
  let now = first;
  for (let tries = 0; tries < 30 && (now === first || (await page.locator('.ssc-timeline__step--done').count()) < stepsBefore + 1); tries++) {
    await page.waitForTimeout(STEP_SECONDS * 1000);
    await page.getByText('刷新进度', { exact: true }).click();
    await page.waitForTimeout(500);
    now = await stageText(page);
  }
  t.not(now, first, `the stage moved on from ${first}`);
  t.true((await page.locator('.ssc-timeline__step--done, .ssc-timeline__step--current').count()) > stepsBefore, 'the timeline grew');
  t.true((await page.getByText('办理机构：市社会保障卡服务中心').count()) > 0, 'each step names its office');
  t.log(`screenshot: ${await shot(page, 'e2e-applications-progress')}`);

  // On to activation: the branch hands over the card, and it is 刘洋's card from then on.
  for (let tries = 0; tries < 40 && now !== '已领卡并激活'; tries++) {
    await page.waitForTimeout(STEP_SECONDS * 1000);
    // The button goes once the application is final: an answer may land between two looks.
    const refresh = page.getByText('刷新进度', { exact: true });
    if (await refresh.isVisible()) await refresh.click();
    await page.waitForTimeout(500);
    now = await stageText(page);
  }
  t.is(now, '已领卡并激活');
  await page.getByText('查看我的社保卡', { exact: true }).click();
  await page.waitForURL(/\/subpackages\/card\/card\/index/, { timeout: 30_000 });
  await page.getByText('正常使用', { exact: true }).first().waitFor({ timeout: 30_000 });
  t.true(await page.getByText(/初始密码 123456/).first().isVisible(), 'a new card starts on the initial password, and the page says to change it');
  t.log(`screenshot: ${await shot(page, 'e2e-applications-card')}`);

  // The list shows the new application first.
  await page.goto(`${h5.url}/subpackages/applications/list/index`);
  await page.locator('.apps__item').first().waitFor({ timeout: 30_000 });
  t.is(await page.locator('.apps__kind').count(), 2);
  t.not(await page.locator('.apps__stage').first().innerText(), '审核未通过', 'newest first');

  // Help: the hotline, an article, the privacy policy.
  await page.goto(`${h5.url}/subpackages/help/list/index`);
  await page.getByText('社保服务热线 12333').first().waitFor({ timeout: 30_000 });
  t.true(await page.locator('a[href="tel:12333"]').count() > 0, 'the hotline is a tel: link');
  await page.locator('.help__item').first().waitFor();
  t.log(`screenshot: ${await shot(page, 'e2e-applications-help')}`);
  const title = (await page.locator('.help__title').first().innerText()).trim();
  await page.locator('.help__item').first().click();
  await page.getByRole('heading', { name: title }).waitFor({ timeout: 30_000 });
  t.true((await page.locator('.ssc-help__paragraph, .ssc-help__list, .ssc-help__callout').count()) > 0, 'the article shows its blocks');
  t.log(`screenshot: ${await shot(page, 'e2e-applications-article')}`);

  await page.goto(`${h5.url}/subpackages/help/privacy/index`);
  await page.getByText(/^版本 /).waitFor({ timeout: 30_000 });
  t.true((await page.locator('.ssc-section__title').count()) > 1, 'the policy has its sections');
  t.log(`screenshot: ${await shot(page, 'e2e-applications-privacy')}`);
});

/** The app's stored choices, as Taro's H5 storage keeps them (localStorage, the value wrapped as `{ data }`). */
async function choose(page: Page, prefs: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, JSON.stringify({ data: value }));
  }, Object.entries(prefs));
}

e2eTest('刘洋 has the card mailed, is told a second application must wait, and cancels, in english and elder mode', async (t) => {
  t.timeout(8 * 60_000);
  const h5 = await startH5Server(t, { env: { DEMO_MODE: 'off' } });
  const page = await openPhone(t, { locale: 'en-US' });
  await signInAndBind(page, h5, LIU_YANG);
  await choose(page, { 'ssc.locale': 'en', 'ssc.elder': 'on' });
  t.teardown(async () => {
    if (!page.isClosed()) await screenshot(page, 'e2e-applications-mail-last').catch(() => undefined);
  });

  await page.goto(`${h5.url}/subpackages/applications/apply/index`);
  await page.getByRole('radio', { name: 'China Construction Bank' }).click();
  await page.getByRole('radio', { name: 'Send it to my address' }).click();
  await page.getByText('Send application', { exact: true }).click();
  await page.getByText('Some details are missing. Please look at the marked places.').waitFor();
  t.true((await page.getByText('Please fill this in.').count()) >= 6, 'every empty address field is marked');
  const address = { Recipient: '刘洋', "Recipient's mobile number": '13800138006', Province: '北京市', City: '北京市', 'District or county': '海淀区', 'Street address': '中关村大街 27 号 3 单元 501', Postcode: '100080' };
  for (const [label, value] of Object.entries(address)) await page.locator(`[aria-label="${label}"] input, input[aria-label="${label}"]`).first().fill(value);
  await pickPhoto(page, seedIdPhoto(330, 450));
  await page.getByText('Photo uploaded. You can send the application.').waitFor({ timeout: 30_000 });
  t.is(await page.getByText('Please fill this in.').filter({ visible: true }).count(), 0, 'filled fields lose their marks as they are filled');
  t.false(await page.getByText('Some details are missing. Please look at the marked places.').isVisible());
  t.log(`screenshot: ${await shot(page, 'e2e-applications-mail-form-en-elder')}`);
  await page.getByText('Send application', { exact: true }).click();
  await page.waitForURL(/\/subpackages\/applications\/detail\/index\?id=/, { timeout: 30_000 });
  await page.getByRole('heading', { name: 'Mailing address' }).waitFor({ timeout: 30_000 });
  t.true(await page.getByText('刘* 138****8006').isVisible(), 'the recipient is shown masked');
  t.true(await page.locator('.page.elder').isVisible());
  t.log(`screenshot: ${await shot(page, 'e2e-applications-mail-detail-en-elder')}`);
  const detailUrl = page.url();

  // A second application while this one is open is refused, with the way to the list.
  await page.goto(`${h5.url}/subpackages/applications/apply/index`);
  await page.getByRole('radio', { name: 'Industrial and Commercial Bank of China' }).click();
  await page.getByRole('radio', { name: 'ICBC Beijing Xicheng Sub-branch' }).click();
  t.true(await page.getByRole('radio', { name: 'ICBC Beijing Xicheng Sub-branch' }).getByText('Opening hours: Monday to Friday, 9:00 to 17:00').isVisible(), 'the hours are worded in english');
  await pickPhoto(page, seedIdPhoto(330, 450));
  await page.getByText('Photo uploaded. You can send the application.').waitFor({ timeout: 30_000 });
  await page.getByText('Send application', { exact: true }).click();
  await page.getByText(/already have an application in progress/).waitFor({ timeout: 30_000 });
  t.true(await page.getByText('See my applications', { exact: true }).isVisible());
  t.log(`screenshot: ${await shot(page, 'e2e-applications-refused-en-elder')}`);

  // Cancelling asks first; "No" keeps it, "Yes" cancels.
  await page.goto(detailUrl);
  await page.getByText('Cancel application', { exact: true }).click();
  await page.getByText('Cancel this application?').waitFor();
  t.log(`screenshot: ${await screenshot(page, 'e2e-applications-cancel-dialog-en-elder')}`);
  await page.getByText('No', { exact: true }).click();
  t.is(await stageText(page), 'Sent');
  await page.getByText('Cancel application', { exact: true }).click();
  await page.getByText('Yes', { exact: true }).click();
  await page.locator('.detail__stage', { hasText: 'Cancelled' }).waitFor({ timeout: 30_000 });
  t.is(await page.getByText('Cancel application', { exact: true }).count(), 0, 'a cancelled application cannot be cancelled again');
  t.true(await page.getByText('Apply again', { exact: true }).isVisible());
  t.log(`screenshot: ${await shot(page, 'e2e-applications-cancelled-en-elder')}`);

  // The list names the bank in english too.
  await page.goto(`${h5.url}/subpackages/applications/list/index`);
  await page.locator('.apps__item', { hasText: 'Cancelled' }).getByText('China Construction Bank').waitFor({ timeout: 30_000 });
});
