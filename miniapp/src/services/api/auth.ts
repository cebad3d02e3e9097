import { LoginResponse, SmsSentResponse, type LoginResult } from '@ssc/shared';
import { z } from 'zod';
import { http, session } from '../client';

/** H5: ask for an SMS login code. */
export const sendLoginCode = (phone: string) => http.request(SmsSentResponse, { method: 'POST', path: '/auth/sms', body: { phone } });

export const loginH5 = (phone: string, code: string) => http.request(LoginResponse, { method: 'POST', path: '/auth/login/h5', body: { phone, code } });

/** WeChat and Alipay: the one-time code from wx.login / my.getAuthCode (services/platform-login.*). */
export const loginWithPlatformCode = (platform: 'weapp' | 'alipay', code: string) =>
  http.request(LoginResponse, { method: 'POST', path: `/auth/login/${platform}`, body: { code } });

/**
 * Keeps the new session: every request after this one carries its token, until the session's
 * absolute end (`login.expiresAt`) or a 401 from the server (idle expiry, logout elsewhere).
 */
export function startSession(login: LoginResult): void {
  session.save({ token: login.token, expiresAt: login.expiresAt, bound: login.bound });
}

/** Ends the session on the server too; signed out locally even when the server cannot be reached. */
export async function logout(): Promise<void> {
  try {
    await http.request(z.undefined(), { method: 'POST', path: '/auth/logout' });
  } finally {
    session.clear();
  }
}
