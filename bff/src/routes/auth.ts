import { LoginResponse, PlatformLoginBody, SmsLoginBody, SmsLoginCodeBody, SmsSentResponse } from '@ssc/shared';
import { z } from 'zod';
import type { Deps } from '../deps';
import { route, type Resource } from '../http/route';
import type { ErrorCode } from '../i18n/messages';
import { loginWithPlatformCode, loginWithSmsCode, sendLoginCode } from '../services/login-service';
import { revokeSession } from '../services/session-service';

const PLATFORM_ERRORS: Partial<Record<number, ErrorCode[]>> = {
  400: ['LOGIN_CODE_INVALID'],
  403: ['LOGIN_RISKY_USER'],
  429: ['PLATFORM_RATE_LIMITED'],
  502: ['PLATFORM_UNAVAILABLE'],
};

/** Logging in on each platform, and out. */
export function authResource(deps: Deps): Resource {
  return {
    prefix: '/auth',
    tag: 'Login',
    routes: [
      route({
        method: 'post', path: '/login/weapp', operationId: 'loginWeapp', auth: 'none',
        summary: 'Log in with the code from wx.login',
        body: PlatformLoginBody, response: LoginResponse, errors: PLATFORM_ERRORS,
        handler: (_ctx, { body }) => loginWithPlatformCode(deps, 'weapp', body.code),
      }),
      route({
        method: 'post', path: '/login/alipay', operationId: 'loginAlipay', auth: 'none',
        summary: 'Log in with the code from my.getAuthCode',
        body: PlatformLoginBody, response: LoginResponse, errors: PLATFORM_ERRORS,
        handler: (_ctx, { body }) => loginWithPlatformCode(deps, 'alipay', body.code),
      }),
      route({
        method: 'post', path: '/sms', operationId: 'sendLoginCode', auth: 'none',
        summary: 'Send an SMS login code (H5)',
        body: SmsLoginCodeBody, response: SmsSentResponse, errors: { 429: ['SMS_COOLDOWN', 'RATE_LIMITED'] },
        handler: (ctx, { body }) => sendLoginCode(deps, body.phone, ctx.ip),
      }),
      route({
        method: 'post', path: '/login/h5', operationId: 'loginH5', auth: 'none',
        summary: 'Log in with a phone number and its SMS code (H5)',
        body: SmsLoginBody, response: LoginResponse, errors: { 400: ['SMS_CODE_INVALID', 'SMS_CODE_EXPIRED'], 429: ['RATE_LIMITED'] },
        handler: (ctx, { body }) => loginWithSmsCode(deps, body.phone, body.code, ctx.ip),
      }),
      route({
        method: 'post', path: '/logout', operationId: 'logout', auth: 'session', status: 204,
        summary: 'End this session',
        response: z.undefined(),
        handler: async (ctx) => {
          await revokeSession(deps, ctx.state.session!);
          return undefined;
        },
      }),
    ],
  };
}
