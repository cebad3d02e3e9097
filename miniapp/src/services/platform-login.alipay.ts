import { loginWithPlatformCode } from './api/auth';
import type { PlatformLogin } from './platform-login-types';

// Taro's typings have no getAuthCode; the Alipay runtime's `my` has it.
declare const my: {
  getAuthCode(options: { scopes: string | string[]; success(res: { authCode: string }): void; fail(error: unknown): void }): void;
};

/** `auth_base` is silent: it identifies the Alipay user without a consent screen. */
function authCode(): Promise<string> {
  return new Promise((resolve, reject) => my.getAuthCode({ scopes: 'auth_base', success: (res) => resolve(res.authCode), fail: reject }));
}

export const platformLogin: PlatformLogin = {
  kind: 'oneTap',
  // Alipay shows no separate privacy pop-up for auth_base; the login page still links the policy.
  ensurePrivacy: () => Promise.resolve(true),
  async login() {
    return loginWithPlatformCode('alipay', await authCode());
  },
};
