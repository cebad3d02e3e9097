import type { LoginResult } from '@ssc/shared';
import type { z } from 'zod';
import type { SmsSentResponse } from '@ssc/shared';

/**
 * How a person signs in on this platform. Taro picks platform-login.weapp.ts, .alipay.ts or .h5.ts
 * when it builds for that platform; platform-login.d.ts gives the type checker the common shape.
 */
export type PlatformLogin =
  | {
      /** WeChat and Alipay: a silent one-time code, no typing. */
      kind: 'oneTap';
      /** Resolves false when the person declines the platform's privacy agreement. */
      ensurePrivacy(): Promise<boolean>;
      login(): Promise<LoginResult>;
    }
  | {
      /** H5: phone number and SMS code. */
      kind: 'sms';
      sendCode(phone: string): Promise<z.infer<typeof SmsSentResponse>>;
      login(phone: string, code: string): Promise<LoginResult>;
    };
