import type { Logger } from 'pino';
import type { Config } from './config';
import type { NotifyConfig } from './config-notify';
import type { Settings, SmsSender } from './deps';
import type { WorkerOptions } from './notify/worker';
import { tencentSmsSender } from './platforms/tencent-sms';
import type { Secrets } from './secrets';
import { logSmsSender, unavailableSmsSender } from './sms';

/** The settings services read, from the parsed configuration (server.ts and the worker CLI). */
export function settingsFromConfig(config: Config, notify: NotifyConfig): Partial<Settings> {
  return {
    demoMode: config.demoMode,
    wechatApiBase: notify.wechatApiBase,
    alipayGateway: notify.alipayGateway,
    messageTemplates: notify.messageTemplates,
    wechatMiniprogramState: notify.wechatMiniprogramState,
  };
}

/**
 * Tencent Cloud SMS when its credentials are complete; otherwise the log in development, and in
 * production nothing (codes and SMS notices then fail visibly rather than land in a log).
 */
export function smsSenderFor(config: Config, notify: NotifyConfig, secrets: Secrets, logger: Logger): SmsSender {
  if (secrets.tencentSms) return tencentSmsSender(secrets.tencentSms, { ...notify.tencentSms, now: () => new Date() });
  if (config.nodeEnv === 'production') return unavailableSmsSender();
  return logSmsSender(logger.child({ component: 'sms' }));
}

export function workerOptionsFrom(notify: NotifyConfig): WorkerOptions {
  const { pollMs, leaseMs, maxAttempts } = notify.worker;
  return { pollMs, leaseMs, maxAttempts };
}

/** Which providers are on, for the start-up log line: names only, never a value. */
export function providersInUse(config: Config, notify: NotifyConfig, secrets: Secrets): Record<string, boolean | string> {
  const templates = notify.messageTemplates;
  return {
    wechatLogin: Boolean(secrets.wechat.appId && secrets.wechat.secret),
    wechatMessages: Object.keys(templates.weapp).length > 0 && Boolean(secrets.wechat.secret),
    alipay: Boolean(secrets.alipay.appId),
    alipayMessages: Object.keys(templates.alipay).length > 0 && Boolean(secrets.alipay.appId),
    sms: secrets.tencentSms ? 'tencent' : config.nodeEnv === 'production' ? 'none' : 'log',
  };
}
