import type { Logger } from 'pino';
import type { Models } from './models';
import type { FieldCipher } from './security/field-cipher';
import type { Secrets } from './secrets';

/** Sends an SMS text to a phone number. The development sender writes it to the log. */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

export interface Settings {
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Base URL of WeChat's API (https://api.weixin.qq.com); tests point it at a fake. */
  wechatApiBase: string;
  /** Alipay's gateway (https://openapi.alipay.com/gateway.do); tests point it at a fake. */
  alipayGateway: string;
  /** Moves seeded applications along by themselves so a newcomer sees progress. */
  demoMode: boolean;
  /** Validate every response against its schema (tests): the OpenAPI document then cannot drift. */
  checkResponses: boolean;
}

/** Everything services need, built once by server.ts (or a test) and passed down. */
export interface Deps {
  models: Models;
  cipher: FieldCipher;
  secrets: Secrets;
  sms: SmsSender;
  settings: Settings;
  logger: Logger;
  /** The current time; tests move it to expire sessions, codes and loss reports. */
  now: () => Date;
}
