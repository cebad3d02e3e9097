import { z } from 'zod';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { fetchPlatform, parseJson, platformUnavailable } from './upstream';

const Reply = z.object({
  errcode: z.number().optional(),
  openid: z.string().min(1).max(128).optional(),
});

/**
 * jscode2session's error codes worth telling the user about; anything else (-1 system busy,
 * 40013 bad appid, 40125 bad secret...) is our or WeChat's problem: PLATFORM_UNAVAILABLE.
 */
function wechatError(errcode: number): AppError {
  switch (errcode) {
    case 40029: // invalid code
    case 40163: // code already used
      return new AppError(400, 'LOGIN_CODE_INVALID', `WeChat rejected the login code (${errcode})`);
    case 40226:
      return new AppError(403, 'LOGIN_RISKY_USER', 'WeChat flagged the user as high-risk (40226)');
    case 45011:
      // WeChat allows 100 calls per user per minute.
      return new AppError(429, 'PLATFORM_RATE_LIMITED', 'WeChat rate limit (45011)', { headers: { 'Retry-After': '60' } });
    default:
      return platformUnavailable('WeChat', `jscode2session failed (${errcode})`);
  }
}

/**
 * Exchanges a `wx.login` code for the user's openid. The reply's session_key is dropped here:
 * nothing needs it, and it must never reach the client or the logs.
 */
export async function exchangeWeappCode(deps: Deps, code: string): Promise<{ subject: string }> {
  const { appId, secret } = deps.secrets.wechat;
  const query = new URLSearchParams({ appid: appId, secret, js_code: code, grant_type: 'authorization_code' });
  const text = await fetchPlatform('WeChat', `${deps.settings.wechatApiBase}/sns/jscode2session?${query}`);
  const reply = Reply.safeParse(parseJson('WeChat', text));
  if (!reply.success) throw platformUnavailable('WeChat', 'answered in an unexpected shape');
  const { errcode, openid } = reply.data;
  if (errcode) throw wechatError(errcode);
  if (!openid) throw platformUnavailable('WeChat', 'answered without an openid');
  return { subject: openid };
}
