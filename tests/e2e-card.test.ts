import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExecutionContext } from 'ava';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { mongo } from 'mongoose';
import { formatDate } from '../miniapp/src/i18n/format';
import { maskName } from '../shared/src';
import { ensureH5Build } from '../scripts/h5-build';
import { e2eTest, openPhone, screenshot } from './helpers/browser';
import { startServer, tempDataDir, type ServerProcess } from './helpers/bff-process';
import { signInAndBind, type DemoPerson } from './helpers/e2e-login';
import { decodeGifDataUrl } from './helpers/gif-decode';

// Seeded people (README): 林晓雨 still has the initial 123456, 陈志强 has 258147.
const LIN: DemoPerson = { name: '林晓雨', phone: '13800138002', idNumber: '440106200209050044' };
const CHEN: DemoPerson = { name: '陈志强', phone: '13800138001', idNumber: '440106197803120039' };
// 张建国's card is active; the test moves its expiry date into the past while the page is open.
const ZHANG: DemoPerson = { name: '张建国', phone: '13800138004', idNumber: '110105195805010034' };

interface H5 {
  url: string;
  server: ServerProcess;
  dataDir: string;
  dbUri: string;
}

async function serve(t: ExecutionContext): Promise<H5> {
  await ensureH5Build();
  const dataDir = await tempDataDir(t);
  const server = await startServer(t, dataDir);
  return { url: server.url, server, dataDir, dbUri: server.dbUri };
}

/** The whole page: Taro's H5 pages scroll inside the viewport, so grow the viewport for the picture. */
async function shot(t: ExecutionContext, page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, ...Array.from(document.querySelectorAll('.page'), (e) => e.scrollHeight)));
  await page.setViewportSize({ width: 390, height: Math.max(844, Math.min(height, 4000)) });
  t.log(`screenshot: ${await screenshot(page, `e2e-card-${name}`)}`);
  await page.setViewportSize({ width: 390, height: 844 });
}

/** On a failure, the picture of where it stopped (and the page's own errors) before rethrowing. */
async function diagnosed(t: ExecutionContext, page: Page, name: string, body: () => Promise<void>): Promise<void> {
  page.on('pageerror', (error) => t.log(`page error: ${error.message}`));
  try {
    await body();
  } catch (error) {
    await shot(t, page, `${name}-failed`).catch(() => {});
    throw error;
  }
}

const tap = (page: Page, label: string, within = '') => page.locator(`${within} [aria-label="${label}"]`.trim()).first().click();
const type = async (page: Page, digits: string) => {
  for (const digit of digits) await page.locator(`.ssc-pin [aria-label="${digit}"]`).click();
};
const erase = async (page: Page, label: string) => {
  for (let i = 0; i < 6; i++) await page.locator(`.ssc-pin [aria-label="${label}"]`).click();
};
const qrSource = (page: Page) => page.locator('.ssc-qr__image img').getAttribute('src');

/** What a clinic's scanner does with the code on the screen: read the picture, ask the BFF. */
async function scan(h5: H5, dataUrl: string): Promise<{ result: string; holder?: { name: string } }> {
  const image = decodeGifDataUrl(dataUrl);
  const token = jsQR(image.data, image.width, image.height)?.data;
  if (!token) throw new Error('the QR picture could not be read');
  const secrets = JSON.parse(await readFile(path.join(h5.dataDir, 'dev-secrets.json'), 'utf8')) as Record<string, string>;
  const key = String(secrets.SCANNER_API_KEYS).split(',')[0]!.split(':')[1]!;
  const response = await fetch(`${h5.url}/api/v1/scanner/verify`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ token }) });
  return (await response.json()) as { result: string; holder?: { name: string } };
}

e2eTest('first use, reveal, a live qr code, loss report and lifting it, as 林晓雨', async (t) => {
  t.timeout(12 * 60_000); // includes the H5 build when the sources changed
  const h5 = await serve(t);
  const page = await openPhone(t);
  const { token } = await signInAndBind(page, h5, LIN);
  await diagnosed(t, page, 'lin', async () => {
    // The card, masked: no full name or ID number anywhere on the page.
    await page.goto(`${h5.url}/subpackages/card/card/index`);
    await page.getByText(maskName(LIN.name)).waitFor({ timeout: 30_000 });
    await page.locator('.ssc-qr__image img').waitFor();
    t.false((await page.content()).includes(LIN.idNumber));
    t.true(await page.getByText('您的服务密码还是初始密码 123456').first().isVisible());
    await shot(t, page, 'masked');

    // The eye: with the initial password it says to change it first, and leads there.
    await tap(page, '显示完整信息');
    await page.locator('.ssc-sheet').getByText('您的服务密码还是初始密码 123456').waitFor();
    await tap(page, '修改初始密码', '.ssc-sheet');
    await page.getByText('设置您自己的服务密码').waitFor();
    t.true(await page.getByText('不能取自身份证号码中的连续 6 位').isVisible(), 'the rules come before typing');

    // A broken rule is named as typed; one only the BFF can see is named after sending.
    await type(page, '888888');
    await page.locator('[role="alert"]').getByText('不能 6 位都一样，如 888888').waitFor();
    await shot(t, page, 'password-rules');
    await erase(page, '删除');
    await type(page, '200209'); // digits 7-12 of the ID number
    await tap(page, '下一步');
    await type(page, '200209');
    await tap(page, '保存新密码');
    await page.locator('[role="alert"]').getByText('不能取自身份证号码中的连续 6 位').waitFor();
    await shot(t, page, 'password-rules-from-bff');
    await erase(page, '删除');
    await type(page, '246813');
    await tap(page, '下一步');
    await type(page, '246813');
    await tap(page, '保存新密码');
    await page.getByText('服务密码已修改').waitFor();
    await shot(t, page, 'password-changed');
    await tap(page, '返回我的社保卡');

    // Back on the card: the warning is gone; the code on screen is one a scanner accepts.
    await page.getByText('显示完整信息').waitFor();
    await page.getByText('您的服务密码还是初始密码 123456').first().waitFor({ state: 'detached' });
    await page.locator('.ssc-qr__image img').waitFor();
    const first = (await qrSource(page))!;
    t.like(await scan(h5, first), { result: 'valid', holder: { name: maskName(LIN.name) } });

    // Reveal: a wrong password says how many tries are left, the right one shows everything.
    await tap(page, '显示完整信息');
    await type(page, '135790');
    await page.getByText('密码不对。还可以再试 5 次').waitFor();
    await type(page, '246813');
    await page.getByText('440106 20020905 0044').waitFor();
    t.true(await page.getByText(LIN.name, { exact: true }).isVisible());
    await shot(t, page, 'revealed');

    // It hides itself after about 30 seconds; the code renews itself before it expires.
    await page.getByText('440106 20020905 0044').waitFor({ state: 'detached', timeout: 40_000 });
    await page.waitForFunction((before) => document.querySelector('.ssc-qr__image img')?.getAttribute('src') !== before, first, { timeout: 65_000 });
    const renewed = (await qrSource(page))!;
    t.not(renewed, first);
    await shot(t, page, 'qr-renewed');
    await tap(page, '刷新二维码');
    await page.waitForFunction((before) => document.querySelector('.ssc-qr__image img')?.getAttribute('src') !== before, renewed);

    // Temporary loss report: confirmed first, then no code until it is lifted.
    await tap(page, '临时挂失');
    await page.locator('.ssc-sheet').getByText('临时挂失 7 天后会自动解除', { exact: false }).waitFor();
    await shot(t, page, 'loss-confirm');
    const shownBeforeLoss = (await qrSource(page))!;
    await tap(page, '确认挂失', '.ssc-sheet');
    await page.getByText('卡已临时挂失，二维码暂停使用。解除挂失后马上恢复。').waitFor();
    t.is(await page.locator('.ssc-qr__image').count(), 0);
    t.like(await scan(h5, shownBeforeLoss), { result: 'cardNotUsable' });
    const refused = await fetch(`${h5.url}/api/v1/card/qr`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    t.is(refused.status, 409);
    t.is(((await refused.json()) as { error: { code: string } }).error.code, 'CARD_NOT_USABLE');
    await shot(t, page, 'lost');

    await tap(page, '用服务密码解除挂失');
    await type(page, '246813');
    await page.getByText('已解除挂失').waitFor();
    await page.locator('.ssc-qr__image img').waitFor();
    t.like(await scan(h5, (await qrSource(page))!), { result: 'valid' });
    await shot(t, page, 'lifted');
  });
});

e2eTest('reset by sms code in english and elder mode, then reveal with the new password, as 陈志强', async (t) => {
  t.timeout(10 * 60_000);
  const h5 = await serve(t);
  const page = await openPhone(t, { locale: 'en' });
  await signInAndBind(page, h5, CHEN);
  await page.evaluate(() => {
    // Taro's H5 storage wraps each value as { data } (the person's choices, services/prefs.ts).
    localStorage.setItem('ssc.locale', JSON.stringify({ data: 'en' }));
    localStorage.setItem('ssc.elder', JSON.stringify({ data: 'on' }));
  });

  await diagnosed(t, page, 'chen', async () => {
    await page.goto(`${h5.url}/subpackages/card/card/index`);
    await page.getByText('Show full details').waitFor({ timeout: 30_000 });
    await page.locator('.page.elder').waitFor();
    await page.locator('.ssc-qr__image img').waitFor();
    t.true(await page.getByText('Current status: In use').isVisible());
    t.true(await page.getByText('Industrial and Commercial Bank of China').isVisible(), 'the bank by name, in English');
    await shot(t, page, 'en-elder');

    await tap(page, 'Forgot it? Reset by text message');
    await page.getByText('Reset service password').waitFor();
    const since = h5.server.lines.length;
    await tap(page, 'Send code');
    const line = await h5.server.waitForLine((l) => l.template === 'passwordReset' && h5.server.lines.indexOf(l) >= since);
    const code = /(\d{6})/.exec(String(line.msg))![1]!;
    await page.getByText('Code sent to 138****8001').waitFor();
    await page.locator('[aria-label="Text message code"] input, input[aria-label="Text message code"]').first().fill(code);
    await tap(page, 'Next');
    await type(page, '654321');
    await page.locator('[role="alert"]').getByText('Not a run of digits up or down, like 345678 or 987654').waitFor();
    await erase(page, 'Delete');
    await type(page, '369147');
    await tap(page, 'Next');
    await type(page, '369147');
    await shot(t, page, 'reset-en-elder');
    await tap(page, 'Save new password');
    await page.getByText('Service password reset').waitFor();
    t.pass('reset with the code from the text message');
    await tap(page, 'Back to my card');

    await page.getByText('Show full details').waitFor();
    await tap(page, 'Show full details');
    await type(page, '258147');
    await page.getByText('That password is not right. Tries left: 5.', { exact: false }).waitFor();
    await type(page, '369147');
    await page.getByText('440106 19780312 0039').waitFor();
    t.true(await page.getByText(CHEN.name, { exact: true }).isVisible());
    t.true(await page.getByText('Hidden again in', { exact: false }).isVisible());
    await shot(t, page, 'revealed-en-elder');
  });
});

/** Moves the expiry date of the retired seeded person's card (张建国, the only one retired) in the server's database. */
async function setZhangExpiry(t: ExecutionContext, h5: H5, expiresAt: Date): Promise<void> {
  const client = new mongo.MongoClient(h5.dbUri, { serverSelectionTimeoutMS: 5000 });
  t.teardown(() => client.close(true));
  const db = client.db('ssc');
  const person = await db.collection('people').findOne({ retired: true, city: '北京市' });
  const changed = await db.collection('cards').updateOne({ personId: person?._id }, { $set: { expiresAt } });
  t.is(changed.modifiedCount, 1);
}

e2eTest('a card that expires while shown says so in elder mode, has no code or loss report, and leads to renewal, as 张建国', async (t) => {
  t.timeout(10 * 60_000);
  const h5 = await serve(t);
  const page = await openPhone(t);
  await signInAndBind(page, h5, ZHANG);
  await page.evaluate(() => localStorage.setItem('ssc.elder', JSON.stringify({ data: 'on' })));

  await diagnosed(t, page, 'zhang', async () => {
    await page.goto(`${h5.url}/subpackages/card/card/index`);
    await page.locator('.page.elder').waitFor({ timeout: 30_000 });
    await page.locator('.ssc-qr__image img').waitFor();
    t.true(await page.getByText('当前状态：正常使用').isVisible());

    // It expired yesterday; the page still shows it as loaded. The next code is refused for the
    // expiry, said as such, and the card is read again: now it says expired everywhere.
    const expiresAt = new Date(Date.now() - 24 * 60 * 60 * 1000);
    await setZhangExpiry(t, h5, expiresAt);
    await tap(page, '刷新二维码');
    await page.getByText('这张卡已过有效期，二维码不能再用。', { exact: false }).waitFor();
    await page.getByText('当前状态：已过期').waitFor();
    t.is(await page.locator('.ssc-qr__image').count(), 0);
    t.is(await page.locator('[aria-label="刷新二维码"]').count(), 0, 'no refresh that can only be refused again');
    t.is(await page.getByText('当前状态无法办理此业务', { exact: false }).count(), 0);
    t.is(await page.locator('[aria-label="临时挂失"]').count(), 0, 'no loss report for an expired card');
    t.true(await page.getByText(`您的卡已于 ${formatDate(expiresAt.toISOString(), 'zh-CN')} 到期`, { exact: false }).isVisible());
    t.is(await page.getByText('您的卡将于', { exact: false }).count(), 0);
    t.false((await page.content()).includes(ZHANG.idNumber), 'still masked');
    await shot(t, page, 'expired-elder');

    // Opened afresh, the card is expired from the start: no code is asked for at all.
    const asked: string[] = [];
    page.on('request', (request) => request.url().endsWith('/api/v1/card/qr') && asked.push(request.url()));
    await page.reload();
    await page.getByText('当前状态：已过期').waitFor({ timeout: 30_000 });
    await page.getByText('这张卡已过有效期，二维码不能再用。', { exact: false }).waitFor();
    t.deepEqual(asked, []);

    await tap(page, '申请换卡');
    await page.waitForURL(/\/subpackages\/applications\/apply\/index\?kind=renewal/);
    t.pass('renewal application opened');
  });
});
