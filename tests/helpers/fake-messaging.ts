import { createHash, createHmac, createSign, createVerify, generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExecutionContext } from 'ava';

/** A message as the platform received it. */
export interface Received {
  to: string;
  templateId: string;
  data: Record<string, string>;
  page: string;
  lang?: string;
}

export interface FakeMessaging {
  base: string;
  wechatApiBase: string;
  alipayGateway: string;
  smsEndpoint: string;
  secrets: {
    wechat: { appId: string; secret: string };
    alipay: { appId: string; privateKeyPem: string; alipayPublicKeyPem: string };
    tencentSms: { secretId: string; secretKey: string; sdkAppId: string; signName: string };
  };
  wechat: {
    /** Messages WeChat accepted (answered errcode 0 to). */
    delivered: Received[];
    /** Access tokens handed out, oldest first. */
    tokens: string[];
    /** Send attempts, whatever the answer. */
    sends: number;
    /** errcode to answer for an openid (43101, 47003...). */
    answers: Map<string, number>;
    /** Make every token handed out so far answer `errcode` (42001 expired, 40001 invalid). */
    rejectTokens(errcode: 40001 | 42001): void;
    /** 502 gateway pages instead of answers (sends and tokens). */
    down: boolean;
    /** Holds sends' answers (all, or once this many were delivered); a send counts only once answered. */
    holdSends: boolean;
    holdAfter: number | null;
    held: (() => void)[];
    /** Resolves when a send request arrives. */
    nextSend(): Promise<void>;
  };
  alipay: {
    delivered: Received[];
    /** Requests whose RSA2 signature did not verify with the app's public key. */
    badSignatures: number;
    /** sub_code to answer for a user id (a business failure, code 40004). */
    answers: Map<string, string>;
    /** Sign answers with a key that is not Alipay's. */
    forge: boolean;
    down: boolean;
  };
  sms: {
    /** Texts accepted: phone (E.164), template id, parameters. */
    delivered: { phone: string; templateId: string; params: string[] }[];
    /** Requests whose TC3 signature did not verify. */
    badSignatures: number;
    /** An error code for the whole request (Response.Error) or for the number (SendStatusSet). */
    requestError: string | null;
    statusCode: string;
  };
}

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

let keys: Record<'app' | 'alipay' | 'stranger', ReturnType<typeof keyPair>> | undefined;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
  });
}

const json = (res: http.ServerResponse, body: unknown, type = 'application/json'): void => void res.writeHead(200, { 'content-type': type }).end(JSON.stringify(body));
const gatewayError = (res: http.ServerResponse) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway</body></html>');

// The TC3 check is written here apart from the BFF's signer: a shared bug would otherwise verify itself.
function tc3Valid(req: http.IncomingMessage, body: string, secretKey: string): boolean {
  const auth = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/sms\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(String(req.headers.authorization));
  const timestamp = String(req.headers['x-tc-timestamp']);
  if (!auth || new Date(Number(timestamp) * 1000).toISOString().slice(0, 10) !== auth[2]) return false;
  const names = (auth[3] as string).split(';');
  const headerLines = names.map((name) => `${name}:${String(req.headers[name]).trim().toLowerCase()}\n`).join('');
  const hex = (text: string) => createHash('sha256').update(text).digest('hex');
  const canonical = `POST\n/\n\n${headerLines}\n${auth[3]}\n${hex(body)}`;
  const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${auth[2]}/sms/tc3_request\n${hex(canonical)}`;
  let key: Buffer = createHmac('sha256', `TC3${secretKey}`).update(auth[2] as string).digest();
  key = createHmac('sha256', key).update('sms').digest();
  key = createHmac('sha256', key).update('tc3_request').digest();
  return createHmac('sha256', key).update(toSign).digest('hex') === auth[4];
}

/**
 * WeChat's token and subscribeMessage.send APIs, Alipay's gateway (templatemessage.send) and Tencent
 * Cloud's SendSms on one loopback server, answering with the platforms' real response shapes,
 * errors included. Alipay requests are verified with the app's public key and answers signed with
 * "Alipay's" key; SMS requests are checked against the TC3 signature.
 */
export async function startFakeMessaging(t: ExecutionContext): Promise<FakeMessaging> {
  keys ??= { app: keyPair(), alipay: keyPair(), stranger: keyPair() };
  const { app, alipay: alipayKeys, stranger } = keys;
  const secrets: FakeMessaging['secrets'] = {
    wechat: { appId: 'wx-fake-app', secret: randomBytes(16).toString('hex') },
    alipay: { appId: '2021000000000001', privateKeyPem: app.privateKeyPem, alipayPublicKeyPem: alipayKeys.publicKeyPem },
    tencentSms: { secretId: 'AKIDfake0000000000000000000000000000', secretKey: randomBytes(16).toString('hex'), sdkAppId: '1400006666', signName: '社保卡服务' },
  };
  const rejected = new Map<string, number>();
  let waiters: (() => void)[] = [];
  const wechat: FakeMessaging['wechat'] = {
    delivered: [], tokens: [], sends: 0, answers: new Map(), down: false, holdSends: false, holdAfter: null, held: [],
    rejectTokens: (errcode) => wechat.tokens.forEach((token) => rejected.set(token, errcode)),
    nextSend: () => new Promise((resolve) => waiters.push(resolve)),
  };
  const alipay: FakeMessaging['alipay'] = { delivered: [], badSignatures: 0, answers: new Map(), forge: false, down: false };
  const sms: FakeMessaging['sms'] = { delivered: [], badSignatures: 0, requestError: null, statusCode: 'Ok' };

  function wechatToken(url: URL, res: http.ServerResponse) {
    const q = url.searchParams;
    if (q.get('grant_type') !== 'client_credential') return json(res, { errcode: 40002, errmsg: 'invalid grant_type' });
    if (q.get('appid') !== secrets.wechat.appId) return json(res, { errcode: 40013, errmsg: 'invalid appid' });
    if (q.get('secret') !== secrets.wechat.secret) return json(res, { errcode: 40125, errmsg: 'invalid appsecret' });
    const token = `fake-token-${wechat.tokens.length + 1}-${randomBytes(6).toString('hex')}`;
    wechat.tokens.push(token);
    json(res, { access_token: token, expires_in: 7200 });
  }

  async function wechatSend(req: http.IncomingMessage, url: URL, res: http.ServerResponse) {
    const body = JSON.parse(await readBody(req)) as { touser: string; template_id: string; page: string; lang: string; data: Record<string, { value: string }> };
    wechat.sends += 1;
    waiters.forEach((wake) => wake());
    waiters = [];
    const token = url.searchParams.get('access_token') ?? '';
    const answer = (): void => {
      if (!wechat.tokens.includes(token)) return json(res, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
      if (rejected.has(token)) return json(res, { errcode: rejected.get(token), errmsg: 'access_token expired' });
      const errcode = wechat.answers.get(body.touser) ?? 0;
      if (errcode !== 0) return json(res, { errcode, errmsg: `error ${errcode}, rid: ${randomBytes(4).toString('hex')}` });
      wechat.delivered.push({ to: body.touser, templateId: body.template_id, page: body.page, lang: body.lang, data: Object.fromEntries(Object.entries(body.data).map(([k, v]) => [k, v.value])) });
      json(res, { errcode: 0, errmsg: 'ok', msgid: Date.now() });
    };
    if (wechat.holdSends || (wechat.holdAfter !== null && wechat.delivered.length >= wechat.holdAfter)) wechat.held.push(answer);
    else answer();
  }

  async function alipayGateway(req: http.IncomingMessage, res: http.ServerResponse) {
    const form = new URLSearchParams(await readBody(req));
    const content = [...form.entries()].filter(([k, v]) => k !== 'sign' && v.length > 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('&');
    const valid = createVerify('sha256').update(content, 'utf8').verify(app.publicKeyPem, form.get('sign') ?? '', 'base64');
    const node = 'alipay_open_app_mini_templatemessage_send_response';
    let reply: object = { code: '10000', msg: 'Success' };
    if (!valid) {
      alipay.badSignatures += 1;
      reply = { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-signature', sub_msg: '验签出错' };
    } else {
      const biz = JSON.parse(form.get('biz_content') ?? '{}') as { to_user_id?: string; to_open_id?: string; user_template_id: string; page: string; data: string };
      const to = biz.to_user_id ?? biz.to_open_id ?? '';
      const subCode = alipay.answers.get(to);
      if (subCode) reply = { code: '40004', msg: 'Business Failed', sub_code: subCode, sub_msg: '业务处理失败' };
      else {
        const data = JSON.parse(biz.data) as Record<string, { value: string }>;
        alipay.delivered.push({ to, templateId: biz.user_template_id, page: biz.page, data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.value])) });
      }
    }
    const text = JSON.stringify(reply);
    const signer = alipay.forge ? stranger.privateKeyPem : alipayKeys.privateKeyPem;
    const sign = createSign('sha256').update(text, 'utf8').sign(signer, 'base64');
    res.writeHead(200, { 'content-type': 'text/html;charset=utf-8' }).end(`{"${node}":${text},"sign":"${sign}"}`);
  }

  async function sendSms(req: http.IncomingMessage, res: http.ServerResponse) {
    const body = await readBody(req);
    const requestId = randomBytes(8).toString('hex');
    if (req.headers['x-tc-action'] !== 'SendSms' || !tc3Valid(req, body, secrets.tencentSms.secretKey)) {
      sms.badSignatures += 1;
      return json(res, { Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'The provided credentials could not be validated.' }, RequestId: requestId } });
    }
    if (sms.requestError) return json(res, { Response: { Error: { Code: sms.requestError, Message: 'request refused' }, RequestId: requestId } });
    const payload = JSON.parse(body) as { PhoneNumberSet: string[]; TemplateId: string; TemplateParamSet: string[] };
    const phone = payload.PhoneNumberSet[0] as string;
    if (sms.statusCode === 'Ok') sms.delivered.push({ phone, templateId: payload.TemplateId, params: payload.TemplateParamSet });
    const status = { SerialNo: `2019:${requestId}`, PhoneNumber: phone, Fee: 1, SessionContext: '', Code: sms.statusCode, Message: sms.statusCode === 'Ok' ? 'send success' : 'refused', IsoCode: 'CN' };
    json(res, { Response: { SendStatusSet: [status], RequestId: requestId } });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (url.pathname.startsWith('/cgi-bin/') && wechat.down) return gatewayError(res);
    if (url.pathname === '/gateway.do' && alipay.down) return gatewayError(res);
    if (req.method === 'GET' && url.pathname === '/cgi-bin/token') wechatToken(url, res);
    else if (req.method === 'POST' && url.pathname === '/cgi-bin/message/subscribe/send') void wechatSend(req, url, res);
    else if (req.method === 'POST' && url.pathname === '/gateway.do') void alipayGateway(req, res);
    else if (req.method === 'POST' && url.pathname === '/sms/') void sendSms(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, wechatApiBase: base, alipayGateway: `${base}/gateway.do`, smsEndpoint: `${base}/sms/`, secrets, wechat, alipay, sms };
}
