import { createSign, createVerify, generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExecutionContext } from 'ava';
import type { Secrets } from '../../bff/src/secrets';
import { startApi, testSecrets, type TestApi } from './api';

/** What WeChat answers for a code: a user, an error code, or a broken gateway page. */
export type WechatAnswer = { openid: string; unionid?: string } | { errcode: number } | 'gatewayError';
/** What Alipay answers for a code; `forged` signs the answer with a key that is not Alipay's. */
export type AlipayAnswer = { userId: string; forged?: boolean } | { code: string; subCode: string };

export interface FakePlatforms {
  wechatApiBase: string;
  alipayGateway: string;
  /** Secrets for startApi: WeChat's AppID/AppSecret, the app's Alipay private key and Alipay's public key. */
  secrets: Pick<Secrets, 'wechat' | 'alipay'>;
  wechat: Map<string, WechatAnswer>;
  alipay: Map<string, AlipayAnswer>;
  /** Form fields of each Alipay request and whether its signature checked out with the app's public key. */
  alipayRequests: { form: URLSearchParams; signatureValid: boolean }[];
  /** session_key / access_token values handed out: they must never show up in a response or log. */
  issuedSecrets: string[];
}

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

// Made once per test file: 2048-bit key generation is the slowest part of starting a fake.
let keys: Record<'app' | 'alipay' | 'stranger', ReturnType<typeof keyPair>> | undefined;

// Written apart from the BFF's signer on purpose: a shared bug would otherwise verify itself.
function alipayContent(form: URLSearchParams): string {
  const pairs = [...form.entries()].filter(([key, value]) => key !== 'sign' && value.length > 0);
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

function rsaSign(text: string, privateKeyPem: string): string {
  return createSign('sha256').update(Buffer.from(text, 'utf8')).sign(privateKeyPem).toString('base64');
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
  });
}

/**
 * WeChat's jscode2session and Alipay's gateway on loopback, answering with the platforms' real
 * response shapes. Codes are single-use, as on the real platforms. Alipay requests are verified
 * with the public half of a key pair made here (the app's), and answers are signed with a second
 * pair (Alipay's), so both directions of the RSA2 scheme are exercised.
 */
export async function startFakePlatforms(t: ExecutionContext): Promise<FakePlatforms> {
  keys ??= { app: keyPair(), alipay: keyPair(), stranger: keyPair() };
  const { app, alipay: alipayKeys, stranger } = keys;
  const secrets = {
    wechat: { appId: 'wx-fake-app', secret: randomBytes(16).toString('hex') },
    alipay: { appId: '2021000000000001', privateKeyPem: app.privateKeyPem, alipayPublicKeyPem: alipayKeys.publicKeyPem },
  };
  const fake = { wechat: new Map(), alipay: new Map(), alipayRequests: [], issuedSecrets: [] } as Omit<FakePlatforms, 'wechatApiBase' | 'alipayGateway' | 'secrets'>;
  const used = new Set<string>();
  const issue = () => {
    const value = randomBytes(18).toString('base64');
    fake.issuedSecrets.push(value);
    return value;
  };

  function wechat(url: URL, res: http.ServerResponse) {
    const q = url.searchParams;
    const code = q.get('js_code') ?? '';
    let reply: object;
    if (q.get('appid') !== secrets.wechat.appId) reply = { errcode: 40013, errmsg: 'invalid appid' };
    else if (q.get('secret') !== secrets.wechat.secret) reply = { errcode: 40125, errmsg: 'invalid appsecret' };
    else if (q.get('grant_type') !== 'authorization_code') reply = { errcode: 40002, errmsg: 'invalid grant_type' };
    else if (used.has(code)) reply = { errcode: 40163, errmsg: 'code been used' };
    else {
      const answer: WechatAnswer = fake.wechat.get(code) ?? { errcode: 40029 };
      used.add(code);
      if (answer === 'gatewayError') {
        res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway</body></html>');
        return;
      }
      reply = 'errcode' in answer ? { errcode: answer.errcode, errmsg: `error ${answer.errcode}, rid: ${randomBytes(4).toString('hex')}` } : { session_key: issue(), ...answer };
    }
    // WeChat answers JSON labelled text/plain.
    res.writeHead(200, { 'content-type': 'text/plain' }).end(JSON.stringify(reply));
  }

  function alipayReply(form: URLSearchParams, signatureValid: boolean): { node: string; body: object; signer: string } {
    const error = (code: string, subCode: string) => ({ node: 'error_response', body: { code, msg: 'Invalid Arguments', sub_code: subCode, sub_msg: '参数有误' }, signer: alipayKeys.privateKeyPem });
    if (!signatureValid) return error('40002', 'isv.invalid-signature');
    if (form.get('app_id') !== secrets.alipay.appId) return error('40002', 'isv.invalid-app-id');
    const code = form.get('code') ?? '';
    const answer = used.has(code) ? undefined : fake.alipay.get(code);
    used.add(code);
    if (!answer) return error('40002', 'isv.code-invalid');
    if ('subCode' in answer) return error(answer.code, answer.subCode);
    const body = { access_token: issue(), alipay_user_id: answer.userId, expires_in: 1296000, re_expires_in: 2592000, refresh_token: issue(), user_id: answer.userId };
    return { node: 'alipay_system_oauth_token_response', body, signer: answer.forged ? stranger.privateKeyPem : alipayKeys.privateKeyPem };
  }

  async function alipay(req: http.IncomingMessage, res: http.ServerResponse) {
    const form = new URLSearchParams(await readBody(req));
    const signatureValid = createVerify('sha256').update(Buffer.from(alipayContent(form), 'utf8')).verify(app.publicKeyPem, form.get('sign') ?? '', 'base64');
    fake.alipayRequests.push({ form, signatureValid });
    const { node, body, signer } = alipayReply(form, signatureValid);
    const content = JSON.stringify(body);
    res.writeHead(200, { 'content-type': 'text/html;charset=utf-8' }).end(`{"${node}":${content},"sign":"${rsaSign(content, signer)}"}`);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'GET' && url.pathname === '/sns/jscode2session') wechat(url, res);
    else if (req.method === 'POST' && url.pathname === '/gateway.do') void alipay(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { ...fake, secrets, wechatApiBase: base, alipayGateway: `${base}/gateway.do` };
}

/** The whole API talking to fake platforms, with the fakes' secrets. */
export async function startApiWithPlatforms(t: ExecutionContext) {
  const fake = await startFakePlatforms(t);
  const api = await startApi(t, {
    secrets: { ...testSecrets(), ...fake.secrets },
    settings: { wechatApiBase: fake.wechatApiBase, alipayGateway: fake.alipayGateway },
  });
  return { api, fake };
}

/** A loopback address where nothing listens: a platform that is down. */
export async function unreachableUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

let codes = 0;

/**
 * Logs in through HTTP as the platform's user `subject` (an openid, an Alipay user id, or for h5
 * a phone number) and returns the login answer.
 */
export async function loginAs(api: TestApi, fake: FakePlatforms, platform: 'weapp' | 'alipay' | 'h5', subject: string) {
  const code = `code-${++codes}-${randomBytes(4).toString('hex')}`;
  if (platform === 'weapp') fake.wechat.set(code, { openid: subject });
  if (platform === 'alipay') fake.alipay.set(code, { userId: subject });
  if (platform === 'h5') await api.call('POST', '/api/v1/auth/sms', { body: { phone: subject } });
  const body = platform === 'h5' ? { phone: subject, code: api.sms.lastCodeFor(subject) } : { code };
  const res = await api.call('POST', `/api/v1/auth/login/${platform}`, { body });
  if (res.status !== 200) throw new Error(`login as ${platform} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { token: string; expiresAt: string; bound: boolean };
}
