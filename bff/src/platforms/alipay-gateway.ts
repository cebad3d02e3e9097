import { z } from 'zod';
import type { Deps } from '../deps';
import { chinaTimestamp, rawJsonObject, signParams, verifySignature } from './alipay-sign';
import { fetchPlatform, parseJson, platformUnavailable } from './upstream';

/** Alipay's answer to one open API call: the method's response node, or its error. */
export type AlipayAnswer = { ok: true; node: Record<string, unknown> } | { ok: false; code: string; subCode: string | null };

const ErrorNode = z.object({ code: z.string(), sub_code: z.string().optional() });
const Envelope = z.object({ error_response: ErrorNode.optional(), sign: z.string().optional() });

function signedForm(deps: Deps, method: string, params: Readonly<Record<string, string>>): URLSearchParams {
  const { appId, privateKeyPem, alipayPublicKeyPem } = deps.secrets.alipay;
  if (!appId || !privateKeyPem || !alipayPublicKeyPem) throw platformUnavailable('Alipay', 'is not configured (app id or keys missing)');
  const common = { app_id: appId, method, format: 'JSON', charset: 'utf-8', sign_type: 'RSA2', timestamp: chinaTimestamp(deps.now()), version: '1.0' };
  const all = { ...common, ...params };
  try {
    return new URLSearchParams({ ...all, sign: signParams(all, privateKeyPem) });
  } catch {
    throw platformUnavailable('Alipay', 'private key is unusable');
  }
}

/**
 * Calls one Alipay open API method through the gateway with an RSA2-signed form. A success is
 * trusted only when its signature checks out against Alipay's public key; network failures,
 * unexpected shapes and bad signatures are PLATFORM_UNAVAILABLE (AppError 502).
 */
export async function callAlipay(deps: Deps, method: string, params: Readonly<Record<string, string>>): Promise<AlipayAnswer> {
  const text = await fetchPlatform('Alipay', deps.settings.alipayGateway, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: signedForm(deps, method, params),
  });
  const reply = Envelope.safeParse(parseJson('Alipay', text));
  if (!reply.success) throw platformUnavailable('Alipay', 'answered in an unexpected shape');
  const { error_response: failed, sign } = reply.data;
  if (failed) return { ok: false, code: failed.code, subCode: failed.sub_code ?? null };
  const nodeName = `${method.replaceAll('.', '_')}_response`;
  const raw = rawJsonObject(text, nodeName);
  if (!raw) throw platformUnavailable('Alipay', `answered without ${nodeName}`);
  if (!(sign && verifySignature(raw, sign, deps.secrets.alipay.alipayPublicKeyPem))) {
    throw platformUnavailable('Alipay', 'answer failed signature verification');
  }
  const node = JSON.parse(raw) as Record<string, unknown>;
  const business = ErrorNode.safeParse(node);
  if (business.success && business.data.code !== '10000') return { ok: false, code: business.data.code, subCode: business.data.sub_code ?? null };
  return { ok: true, node };
}
