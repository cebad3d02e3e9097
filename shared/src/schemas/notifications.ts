import { z } from 'zod';

/**
 * The message centre, notification settings and tap-time subscription reports
 * (`/notifications`), and the operator's dead-letter API (`/operator/notifications`).
 */
const isoDate = z.iso.datetime();
const objectId = z.string().regex(/^[0-9a-f]{24}$/, 'must be a 24-character hex id');

/** What a person is told about: each kind has its own channel choices. */
export const NOTICE_KINDS = ['application.stageChanged', 'card.lossLifted', 'card.passwordLocked', 'card.formalLoss'] as const;
export const NoticeKindSchema = z.enum(NOTICE_KINDS);
export type NoticeKind = z.infer<typeof NoticeKindSchema>;

export const NOTICE_LOCALES = ['zh-CN', 'en', 'es'] as const;
export const NoticeLocaleSchema = z.enum(NOTICE_LOCALES);
export type NoticeLocale = z.infer<typeof NoticeLocaleSchema>;

/** Where a notification leads in the mini-program: `page` is the path to open, with its query. */
export const NotificationLink = z.object({
  target: z.enum(['application', 'card', 'cardPassword']),
  id: objectId.nullable(),
  page: z.string().max(200),
});

export const NotificationItem = z.object({
  id: objectId,
  kind: NoticeKindSchema,
  title: z.string(),
  body: z.string(),
  createdAt: isoDate,
  read: z.boolean(),
  readAt: isoDate.nullable(),
  link: NotificationLink,
});
export type NotificationItem = z.infer<typeof NotificationItem>;

export const NotificationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** The `nextCursor` of the previous page: notifications older than it. */
  before: objectId.optional(),
});

export const NotificationList = z.object({
  notifications: z.array(NotificationItem),
  unread: z.number().int().min(0),
  nextCursor: objectId.nullable(),
});

export const NotificationIdParams = z.object({ id: objectId });
export const UnreadCount = z.object({ unread: z.number().int().min(0) });
export const ReadAllResult = z.object({ marked: z.number().int().min(0), unread: z.number().int().min(0) });

/** The channels beyond the message centre, which always gets every notice. */
export const ChannelChoice = z.object({ platform: z.boolean(), sms: z.boolean() });
const kindsOf = <S extends z.ZodType>(schema: S) =>
  z.object(Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, schema])) as Record<NoticeKind, S>);

export const NotificationPreferences = z.object({
  locale: NoticeLocaleSchema,
  kinds: kindsOf(ChannelChoice),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const PreferencesBody = z
  .object({
    locale: NoticeLocaleSchema.optional(),
    kinds: kindsOf(z.object({ platform: z.boolean().optional(), sms: z.boolean().optional() }).strict().optional()).partial().strict().optional(),
  })
  .strict();
export type PreferencesBody = z.infer<typeof PreferencesBody>;

/** What `wx.requestSubscribeMessage` / `my.requestSubscribeMessage` answered, per template (at most 3 a tap). */
export const SubscriptionReport = z
  .object({
    results: z
      .array(z.object({ templateId: z.string().min(1).max(128), accepted: z.boolean() }).strict())
      .min(1)
      .max(3),
  })
  .strict();

export const SubscriptionQuota = z.object({
  quota: z.array(z.object({ templateId: z.string(), available: z.number().int().min(0) })),
});

/** The template ids the mini-program asks the person to subscribe to, per kind (null: not configured). */
export const SubscriptionTemplates = z.object({
  platform: z.enum(['weapp', 'alipay', 'h5']),
  templates: kindsOf(z.string().nullable()),
});

const ChannelState = z.object({
  status: z.enum(['pending', 'sent', 'failed', 'skipped']),
  attempts: z.number().int(),
  code: z.string().nullable(),
});

export const DeadLetter = z.object({
  id: objectId,
  kind: NoticeKindSchema,
  status: z.enum(['dead']),
  attempts: z.number().int(),
  createdAt: isoDate,
  deadAt: isoDate.nullable(),
  lastError: z.object({ code: z.string(), message: z.string() }).nullable(),
  channels: z.record(z.string(), ChannelState),
});

export const DeadLetterList = z.object({ deadLetters: z.array(DeadLetter) });
export const DeadLetterQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const RetryResult = z.object({ id: objectId, status: z.enum(['pending']) });
