import Taro from '@tarojs/taro';
import { loginWithPlatformCode } from './api/auth';
import type { PlatformLogin } from './platform-login-types';

/**
 * Since 2023-09-15 WeChat requires the person's agreement to the privacy guide before privacy APIs
 * run; asking first gives a clear "declined" instead of a failing call. Older base libraries lack
 * the API and have no such rule.
 */
function ensurePrivacy(): Promise<boolean> {
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true);
  return new Promise((resolve) => Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) }));
}

export const platformLogin: PlatformLogin = {
  kind: 'oneTap',
  ensurePrivacy,
  async login() {
    // wx.login's code is valid for about five minutes and once: exchange it straight away.
    const { code } = await Taro.login();
    return loginWithPlatformCode('weapp', code);
  },
};
