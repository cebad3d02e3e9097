import type { PlatformLogin } from './platform-login-types';

/** The current platform's login; the build picks platform-login.<platform>.ts. */
export declare const platformLogin: PlatformLogin;
