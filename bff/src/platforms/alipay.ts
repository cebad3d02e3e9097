import { z } from 'zod';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { chinaTimestamp, rawJsonObject, signParams, verifySignature } from './alipay-sign';
import { fetchPlatform, parseJson, platformUnavailable } from './upstream';

const METHOD = 'alipay.system.oauth.token';
const NODE = 'alipay_system_oauth_token_response';

const ErrorNode = z.object({ code: z.string(), sub_code: z.string().optional() });
// Apps created since 2023 may receive open_id instead of user_id.
const TokenNode = z.object({ user_id: z.string().min(1).max(64).optional(), open_id: z.string().min(1).max(128).optional() });
const Envelope = z.object({ error_response: ErrorNode.optional(), sign: z.string().optional() });

function alipayError(node: z.infer<typeof ErrorNode>): AppError {
  const what = `${node.code} ${node.sub_code ?? ''}`.trim();
  // isv.code-invalid: the auth code is wrong, used or expired (40002).
  if (node.sub_code === 'isv.code-invalid') return new AppError(400, 'LOGIN_CODE_INVALID', `Alipay rejected the auth code (${what})`);
  if (node.sub_code?.includes('risk')) return new AppError(403, 'LOGIN_RISKY_USER', `Alipay flagged the user (${what})`);
  if (node.sub_code?.includes('limit')) {
    return new AppError(429, 'PLATFORM_RATE_LIMITED', `Alipay rate limit (${what})`, { headers: { 'Retry-After': '60' } });
  }
  return platformUnavailable('Alipay', `oauth token failed (${what})`);
}

function signedRequest(deps: Deps, code: string): URLSearchParams {
  const { appId, privateKeyPem } = deps.secrets.alipay;
  if (!appId || !privateKeyPem) throw platformUnavailable('Alipay', 'is not configured (app id or private key missing)');
  const params = {
    app_id: appId,
    method: METHOD,
    format: 'JSON',
    charset: 'utf-8',
    sign_type: 'RSA2',
    timestamp: chinaTimestamp(deps.now()),
    version: '1.0',
    grant_type: 'authorization_code',
    code,
  };
  let sign: string;
  try {
    sign = signParams(params, privateKeyPem);
  } catch {
    throw platformUnavailable('Alipay', 'private key is unusable');
  }
  return new URLSearchParams({ ...params, sign });
}

/**
 * Exchanges an `my.getAuthCode` code for the user's id. The answer is trusted only once its
 * signature checks out against Alipay's public key (when one is configured); the access token
 * it carries is dropped here, as nothing needs it.
 */
export async function exchangeAlipayCode(deps: Deps, code: string): Promise<{ subject: string }> {
  const text = await fetchPlatform('Alipay', deps.settings.alipayGateway, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: signedRequest(deps, code),
  });
  const reply = Envelope.safeParse(parseJson('Alipay', text));
  if (!reply.success) throw platformUnavailable('Alipay', 'answered in an unexpected shape');
  const { error_response: failed, sign } = reply.data;
  if (failed) throw alipayError(failed);
  const raw = rawJsonObject(text, NODE);
  if (!raw) throw platformUnavailable('Alipay', 'answered without a token response');
  const publicKey = deps.secrets.alipay.alipayPublicKeyPem;
  if (publicKey && !(sign && verifySignature(raw, sign, publicKey))) {
    throw platformUnavailable('Alipay', 'answer failed signature verification');
  }
  const node = JSON.parse(raw) as unknown;
  const businessError = ErrorNode.safeParse(node);
  if (businessError.success && businessError.data.code !== '10000') throw alipayError(businessError.data);
  const token = TokenNode.safeParse(node);
  const subject = token.success ? (token.data.user_id ?? token.data.open_id) : undefined;
  if (!subject) throw platformUnavailable('Alipay', 'answered without a user id');
  return { subject };
}
