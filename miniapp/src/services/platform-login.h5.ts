import { loginH5, sendLoginCode } from './api/auth';
import type { PlatformLogin } from './platform-login-types';

/** A browser has no platform identity: the person proves their phone with an SMS code. */
export const platformLogin: PlatformLogin = {
  kind: 'sms',
  sendCode: sendLoginCode,
  login: loginH5,
};
