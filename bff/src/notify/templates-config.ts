import { NOTICE_KINDS, type NoticeKind } from '@ssc/shared';
import { z } from 'zod';

/**
 * What a notice can fill a template field with. Each platform template has its own keywords
 * (WeChat `thing1`, `phrase3`...; Alipay `keyword1`...), chosen when the template is picked in the
 * platform's console, so the mapping from keyword to slot is configuration, not code.
 */
export const SLOTS = ['title', 'status', 'time', 'detail'] as const;
export type Slot = (typeof SLOTS)[number];

export interface TemplateSpec {
  id: string;
  data: Record<string, Slot>;
  /** A long-term subscription (public-service categories): sending uses no one-time quota. */
  longTerm?: boolean;
}

export type PlatformTemplates = Partial<Record<NoticeKind, TemplateSpec>>;
export interface MessageTemplates {
  weapp: PlatformTemplates;
  alipay: PlatformTemplates;
}

// The value types of WeChat's subscription message keywords (subscribeMessage.send, "参数值内容限制").
const WECHAT_KEYWORD = /^(thing|number|letter|symbol|character_string|time|date|amount|phone_number|car_number|name|phrase)\d+$/;

function templatesSchema(keyword: RegExp, what: string) {
  const spec = z.object({
    id: z.string().min(1).max(128),
    data: z.record(z.string().regex(keyword, `field names must be ${what}`), z.enum(SLOTS)).refine((d) => Object.keys(d).length > 0, 'data needs at least one field'),
    longTerm: z.boolean().optional(),
  });
  return z.partialRecord(z.enum(NOTICE_KINDS), spec);
}

const WechatTemplates = templatesSchema(WECHAT_KEYWORD, 'WeChat keywords such as thing1, phrase2, time3');
const AlipayTemplates = templatesSchema(/^keyword\d+$/, 'Alipay keywords such as keyword1');
// `login`, `bind`, `passwordReset` or a notice kind, optionally for one language (`card.lossLifted@en`).
const SMS_KEY = new RegExp(`^(login|bind|passwordReset|${NOTICE_KINDS.map((k) => k.replace('.', '\\.')).join('|')})(@(zh-CN|en|es))?$`);
const SmsTemplates = z.record(z.string().regex(SMS_KEY, 'keys must be login, bind, passwordReset or a notice kind, optionally @locale'), z.string().regex(/^\d{1,20}$/, 'template ids are digits'));

function parseJson<S extends z.ZodType>(schema: S, text: string | undefined, ctx: z.RefinementCtx): z.output<S> | undefined {
  if (text === undefined) return schema.parse({});
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be JSON' });
    return undefined;
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  ctx.addIssue({ code: 'custom', message: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  return undefined;
}

/** Environment variables holding the templates as JSON; unset means none. */
export const templateEnv = {
  WECHAT_TEMPLATES: z.string().optional().transform((text, ctx) => parseJson(WechatTemplates, text, ctx) as PlatformTemplates),
  ALIPAY_TEMPLATES: z.string().optional().transform((text, ctx) => parseJson(AlipayTemplates, text, ctx) as PlatformTemplates),
  TENCENT_SMS_TEMPLATES: z.string().optional().transform((text, ctx) => parseJson(SmsTemplates, text, ctx) as Record<string, string>),
};
