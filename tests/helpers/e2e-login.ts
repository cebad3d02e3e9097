import type { Page } from 'playwright-core';
import { maskPhone } from '../../shared/src';
import type { ServerProcess } from './bff-process';

/** A seeded demonstration person (README.md, "Signing in as a demonstration person"). */
export interface DemoPerson {
  name: string;
  phone: string;
  idNumber: string;
}

export const LIU_YANG: DemoPerson = { name: '刘洋', phone: '13800138006', idNumber: '110108199506300012' };

/** The code of the latest SMS the development sender logged for `phone` after line `since`. */
async function smsCode(server: ServerProcess, phone: string, since: number): Promise<string> {
  const line = await server.waitForLine((l) => server.lines.indexOf(l) >= since && String(l.msg).includes('SMS (development sender') && l.to === maskPhone(phone), 10_000);
  const code = /(\d{6})/.exec(String(line.msg))?.[1];
  if (!code) throw new Error('no code in the logged SMS');
  return code;
}

async function call(base: string, method: string, path: string, body?: unknown, token?: string): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(`${base}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/**
 * Signs a demonstration person in and binds the account, through the API as the H5 login and
 * binding pages do (codes read from the server's log), then hands the session to the browser the
 * way the app keeps it (Taro's H5 storage: localStorage, the value wrapped as `{ data }`). The
 * login and binding screens have their own end-to-end test; this gets other flows past them.
 */
export async function signInAndBind(page: Page, h5: { url: string; server: ServerProcess }, person: DemoPerson): Promise<{ token: string }> {
  let since = h5.server.lines.length;
  await call(h5.url, 'POST', '/auth/sms', { phone: person.phone });
  const login = await call(h5.url, 'POST', '/auth/login/h5', { phone: person.phone, code: await smsCode(h5.server, person.phone, since) });
  const token = String(login.token);
  const notice = await call(h5.url, 'GET', '/consent/notice');
  since = h5.server.lines.length;
  await call(h5.url, 'POST', '/binding/start', { name: person.name, idNumber: person.idNumber, consent: { accepted: true, version: notice.version } }, token);
  await call(h5.url, 'POST', '/binding/confirm', { code: await smsCode(h5.server, person.phone, since) }, token);

  const session = JSON.stringify({ token, expiresAt: login.expiresAt, bound: true });
  await page.goto(`${h5.url}/`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), ['ssc.session', JSON.stringify({ data: session })] as const);
  return { token };
}
