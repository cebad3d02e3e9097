import type { ExecutionContext } from 'ava';
import type { Page } from 'playwright-core';
import { ensureH5Build } from '../scripts/h5-build';
import { e2eTest, openPhone, screenshot } from './helpers/browser';
import { startServer, tempDataDir, type ServerProcess } from './helpers/bff-process';

// 陈志强 of the seeded people (README): card in use, a renewal in production that moved 9 days ago.
const PERSON = { name: '陈志强', idNumber: '440106197803120039', phone: '13800138001', masked: '138****8001' };

/**
 * The real BFF serving the H5 build, with its output: the development SMS sender writes each code
 * to the log (bff/src/sms.ts), where the test reads it as the person would read their phone.
 */
async function serve(t: ExecutionContext) {
  await ensureH5Build();
  return startServer(t, await tempDataDir(t));
}

/** The code of the next SMS of this template (login, bind) sent after `since` log lines. */
async function codeFrom(server: ServerProcess, template: string, since: number): Promise<string> {
  const line = await server.waitForLine((l) => l.template === template && l.to === PERSON.masked && server.lines.indexOf(l) >= since);
  const code = /验证码为(\d{6})/.exec(String(line.msg))?.[1];
  if (!code) throw new Error(`no code in ${JSON.stringify(line)}`);
  return code;
}

// Taro's H5 router keeps the pages it leaves in the document, hidden: look at the visible ones.
const input = (page: Page, label: string) => page.locator(`[aria-label="${label}"] input:visible`).first();
const text = (page: Page, words: string | RegExp, exact = false) => page.getByText(words, { exact }).filter({ visible: true }).first();
const tab = (page: Page, name: string) => page.locator('.taro-tabbar__tabbar').getByText(name, { exact: true });

/** The session token as Taro's H5 storage keeps it (`{ data: <stored string> }`). */
async function storedToken(page: Page): Promise<string | undefined> {
  const raw = await page.evaluate(() => localStorage.getItem('ssc.session'));
  return raw ? (JSON.parse(JSON.parse(raw).data).token as string) : undefined;
}

e2eTest('signs in by sms, agrees, binds and finds home, me, spanish and elder mode, then signs out', async (t) => {
  t.timeout(10 * 60_000); // includes the H5 build when the sources changed
  const server = await serve(t);
  const page = await openPhone(t);
  const shot = async (name: string) => t.log(`screenshot: ${await screenshot(page, `e2e-account-${name}`)}`);

  // The privacy agreement comes before anything personal is asked.
  await page.goto(`${server.url}/pages/login/index`);
  await text(page, '个人信息保护提示').waitFor({ timeout: 30_000 });
  t.is(await input(page, '手机号').count(), 0, 'no phone field before the agreement');
  await shot('privacy-zh');
  await page.getByRole('button', { name: '同意并继续' }).click();

  // Login by SMS.
  await input(page, '手机号').fill(PERSON.phone);
  let since = server.lines.length;
  await page.getByRole('button', { name: '获取验证码' }).click();
  await text(page, `验证码已发送至 ${PERSON.masked}`).waitFor();
  await input(page, '验证码').fill(await codeFrom(server, 'login', since));
  await shot('login-zh');
  await page.getByRole('button', { name: '登录', exact: true }).click();

  // Binding: the notice and its own consent first.
  await text(page, '个人身份信息处理告知').waitFor();
  t.is(await page.getByRole('checkbox').getAttribute('aria-checked'), 'false', 'consent is not ticked in advance');
  await shot('bind-consent-zh');
  await page.getByRole('checkbox').click();
  await page.getByRole('button', { name: '同意，下一步' }).click();

  // The ID number is checked as typed: a wrong last character names the right one.
  await input(page, '姓名').fill(PERSON.name);
  await input(page, '身份证号码').fill('440106197803120038');
  await text(page, '最后一位校验码不对：按前 17 位应为 9。请核对是否有数字输错。').waitFor();
  await shot('bind-identity-error-zh');
  await input(page, '身份证号码').fill(PERSON.idNumber);
  since = server.lines.length;
  await page.getByRole('button', { name: '获取验证码' }).click();

  // The code goes to the phone on file, shown masked.
  await text(page, PERSON.masked, true).waitFor();
  await input(page, '验证码').fill(await codeFrom(server, 'bind', since));
  await shot('bind-code-zh');
  await page.getByRole('button', { name: '确认绑定' }).click();
  await text(page, '陈*强，您的账号已与社保卡绑定。').waitFor();
  await page.getByRole('button', { name: '继续' }).click();

  // Home: the masked name, then the banners.
  await text(page, '您好，陈*强').waitFor();
  await text(page, /您的社保卡申领有新进展/).waitFor();
  t.true(await page.getByRole('button', { name: /^申领与进度/ }).isVisible());
  await shot('home-zh');

  // Me: the account, then Spanish and elder mode, applied at once.
  await tab(page, '我的').click();
  await text(page, '4****************9').waitFor();
  await page.getByRole('button', { name: 'Español' }).click();
  await text(page, 'Datos de la cuenta').waitFor();
  const elder = page.getByRole('switch', { name: 'Modo de letra grande' });
  t.is(await elder.getAttribute('aria-checked'), 'false');
  await elder.click();
  t.is(await elder.getAttribute('aria-checked'), 'true');
  t.true(await page.locator('.page.elder:visible').first().isVisible());

  // The data-access history in plain words.
  await page.getByRole('button', { name: 'Ver el registro de accesos' }).click();
  await text(page, 'Vinculó una cuenta a su tarjeta').waitFor();
  t.true(await text(page, 'Usted (versión web)').isVisible());
  await shot('me-es-elder');

  // The simpler home of elder mode, in Spanish.
  await tab(page, 'Inicio').click();
  await text(page, 'Hola, 陈*强').waitFor();
  t.true(await page.getByRole('button', { name: /^Solicitudes/ }).isVisible(), 'elder home keeps applications: applying is often why they came');
  t.true(await page.getByRole('button', { name: 'Mi tarjeta' }).isVisible());
  t.true(await page.getByRole('link', { name: /12333/ }).isVisible(), 'the hotline is one tap to call');
  await shot('home-es-elder');

  // Sign out: back at login, and the server no longer takes the token.
  await tab(page, 'Mi cuenta').click();
  const token = await storedToken(page);
  t.truthy(token);
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await input(page, 'Número de móvil').waitFor();
  await shot('login-es-elder');
  t.is(await storedToken(page), undefined);
  const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  t.is(me.status, 401);
});
