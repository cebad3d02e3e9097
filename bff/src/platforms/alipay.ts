import { z } from 'zod';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { callAlipay } from './alipay-gateway';
import { platformUnavailable } from './upstream';

// Apps created since 2023 may receive open_id instead of user_id.
const TokenNode = z.object({ user_id: z.string().min(1).max(64).optional(), open_id: z.string().min(1).max(128).optional() });

function alipayError(code: string, subCode: string | null): AppError {
  const what = `${code} ${subCode ?? ''}`.trim();
  // isv.code-invalid: the auth code is wrong, used or expired (40002).
  if (subCode === 'isv.code-invalid') return new AppError(400, 'LOGIN_CODE_INVALID', `Alipay rejected the auth code (${what})`);
  if (subCode?.includes('risk')) return new AppError(403, 'LOGIN_RISKY_USER', `Alipay flagged the user (${what})`);
  if (subCode?.includes('limit')) {
    return new AppError(429, 'PLATFORM_RATE_LIMITED', `Alipay rate limit (${what})`, { headers: { 'Retry-After': '60' } });
  }
  return platformUnavailable('Alipay', `oauth token failed (${what})`);
}

/**
 * Exchanges an `my.getAuthCode` code for the user's id with `alipay.system.oauth.token`. The access
 * token the answer carries is dropped here, as nothing needs it.
 */
export async function exchangeAlipayCode(deps: Deps, code: string): Promise<{ subject: string }> {
  const answer = await callAlipay(deps, 'alipay.system.oauth.token', { grant_type: 'authorization_code', code });
  if (!answer.ok) throw alipayError(answer.code, answer.subCode);
  const token = TokenNode.safeParse(answer.node);
  const subject = token.success ? (token.data.user_id ?? token.data.open_id) : undefined;
  if (!subject) throw platformUnavailable('Alipay', 'answered without a user id');
  return { subject };
}
