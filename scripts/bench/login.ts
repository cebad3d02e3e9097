import type { Child } from './processes';

const PHONE = '13800138001';
const NAME = '陈志强';
const ID_NUMBER = '440106197803120039';

async function post(url: string, body: unknown, token?: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** The development SMS sender writes codes to the BFF's log; the newest one for `purpose` text. */
async function codeFromLog(bff: Child, marker: RegExp): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const line = [...bff.lines].reverse().find((l) => marker.test(l));
    const code = line && /(\d{6})/.exec(line.replace(/138\*+\d{4}/, ''))?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no SMS code in the BFF log');
}

/** Signs in as the first demonstration person exactly as the README describes, returning a bound session. */
export async function signIn(api: string, bff: Child): Promise<string> {
  await post(`${api}/auth/sms`, { phone: PHONE });
  const { token } = await post(`${api}/auth/login/h5`, { phone: PHONE, code: await codeFromLog(bff, /登录验证码/) });
  const notice = (await (await fetch(`${api}/consent/notice`)).json()) as { version: string };
  await post(`${api}/binding/start`, { name: NAME, idNumber: ID_NUMBER, consent: { accepted: true, version: notice.version } }, token);
  await post(`${api}/binding/confirm`, { code: await codeFromLog(bff, /绑定电子社保卡/) }, token);
  return token;
}
