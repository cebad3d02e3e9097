import type { Logger } from 'pino';
import type { Models } from './models';
import type { AccessLogWriter } from './services/access-log-service';
import type { AnswerCache } from './services/answer-cache';
import type { ChangeFeed } from './services/change-feed';
import type { CoherentCache } from './services/coherent-cache';
import type { KeptVersion } from './services/records-etag';
import type { KeptSession } from './services/session-service';
import type { FieldCipher } from './security/field-cipher';
import type { MessageTemplates } from './notify/templates-config';
import type { Secrets } from './secrets';

/**
 * One SMS. Cloud SMS providers send only approved templates, so a message names its template
 * (`login`, `bind`, `passwordReset` or a notice kind) and the template's parameters in order; `text`
 * is the whole message as the person would read it (the development sender logs it).
 */
export interface SmsMessage {
  template: string;
  params: string[];
  text: string;
  locale: 'zh-CN' | 'en' | 'es';
}

/**
 * Sends an SMS. `available` is false when no provider is configured (production without SMS
 * credentials): sending then throws SmsSendError `NOT_CONFIGURED`.
 */
export interface SmsSender {
  readonly available: boolean;
  send(phone: string, message: SmsMessage): Promise<void>;
}

export interface Settings {
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Base URL of WeChat's API (https://api.weixin.qq.com); tests point it at a fake. */
  wechatApiBase: string;
  /** Alipay's gateway (https://openapi.alipay.com/gateway.do); tests point it at a fake. */
  alipayGateway: string;
  /** Platform message templates (ids and field mapping); a platform without one sends no messages. */
  messageTemplates: MessageTemplates;
  /** WeChat `miniprogram_state`: which version of the mini-program a message opens. */
  wechatMiniprogramState: 'formal' | 'trial' | 'developer';
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
  /** Computed answers about records, by ETag (services/answer-cache.ts). */
  answers: AnswerCache;
  /** Tells other instances what changed, so what each keeps in memory stays right (change-feed.ts). */
  feed: ChangeFeed;
  /** Sessions this instance has read, by token hash. */
  sessions: CoherentCache<KeptSession>;
  /** Records versions this instance has read, by person id. */
  versions: CoherentCache<KeptVersion>;
  /** Access-log entries, written by group commit. */
  accessLog: AccessLogWriter;
}
