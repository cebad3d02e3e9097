import { z } from 'zod';
import { ConfigError } from './config-error';
import { templateEnv, type MessageTemplates } from './notify/templates-config';

const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const whole = (what: string, min: number) => z.string().regex(/^\d{1,7}$/, `must be a whole number (${what})`).transform(Number).pipe(z.number().min(min, `must be at least ${min}`));

/**
 * Variables of the platforms' APIs and of notification delivery, parsed apart from config.ts so
 * its shape stays as it is. The base URLs exist so tests (and a staging proxy) can point the
 * adapters elsewhere; credentials are in secrets.ts.
 */
const NotifyEnvSchema = z.object({
  WECHAT_API_BASE: url.default('https://api.weixin.qq.com'),
  ALIPAY_GATEWAY: url.default('https://openapi.alipay.com/gateway.do'),
  TENCENT_SMS_ENDPOINT: url.default('https://sms.tencentcloudapi.com'),
  TENCENT_SMS_REGION: z.string().regex(/^[a-z]{2}-[a-z-]+$/, 'must be a region such as ap-guangzhou').default('ap-guangzhou'),
  WECHAT_MINIPROGRAM_STATE: z.enum(['formal', 'trial', 'developer'], { error: 'must be formal, trial or developer' }).default('formal'),
  ...templateEnv,
  NOTIFY_WORKER: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  NOTIFY_POLL_MS: whole('milliseconds', 50).default(2000),
  NOTIFY_LEASE_SECONDS: whole('seconds', 30).default(120),
  NOTIFY_MAX_ATTEMPTS: whole('attempts', 1).default(8),
});

type NotifyEnv = z.output<typeof NotifyEnvSchema>;

export interface NotifyConfig {
  wechatApiBase: string;
  alipayGateway: string;
  tencentSms: { endpoint: string; region: string; templates: Record<string, string> };
  messageTemplates: MessageTemplates;
  wechatMiniprogramState: 'formal' | 'trial' | 'developer';
  worker: { enabled: boolean; pollMs: number; leaseMs: number; maxAttempts: number };
}

function toConfig(env: NotifyEnv): NotifyConfig {
  return {
    wechatApiBase: env.WECHAT_API_BASE.replace(/\/+$/, ''),
    alipayGateway: env.ALIPAY_GATEWAY,
    tencentSms: { endpoint: env.TENCENT_SMS_ENDPOINT, region: env.TENCENT_SMS_REGION, templates: env.TENCENT_SMS_TEMPLATES },
    messageTemplates: { weapp: env.WECHAT_TEMPLATES, alipay: env.ALIPAY_TEMPLATES },
    wechatMiniprogramState: env.WECHAT_MINIPROGRAM_STATE,
    worker: { enabled: env.NOTIFY_WORKER === 'on', pollMs: env.NOTIFY_POLL_MS, leaseMs: env.NOTIFY_LEASE_SECONDS * 1000, maxAttempts: env.NOTIFY_MAX_ATTEMPTS },
  };
}

/** Parses an environment (process.env or a test's); throws a ConfigError naming every bad variable. */
export function parseNotifyConfig(source: Readonly<Record<string, string | undefined>>): NotifyConfig {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = NotifyEnvSchema.safeParse(present);
  if (!result.success) throw new ConfigError(result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(environment)'), problem: issue.message })));
  return Object.freeze(toConfig(result.data));
}

let loaded: NotifyConfig | undefined;

export function loadNotifyConfig(): NotifyConfig {
  loaded ??= parseNotifyConfig(process.env);
  return loaded;
}
