import { NOTICE_KINDS, type NoticeKind, type NoticeLocale, type NotificationItem, type ReviewFailReason, type Stage } from '@ssc/shared';
import { stageExplanation } from '../services/application-texts';
import { en } from './texts/en';
import { es } from './texts/es';
import type { NoticeTexts } from './texts/types';
import { zhCN } from './texts/zh-CN';
import type { Slot } from './templates-config';

const TEXTS: Record<NoticeLocale, NoticeTexts> = { 'zh-CN': zhCN, en, es };

/** Mini-program pages a notice opens (the mini-program's ROUTES). */
const PAGES = {
  application: '/subpackages/applications/detail/index',
  card: '/subpackages/card/card/index',
  cardPassword: '/subpackages/card/password/index',
} as const;

export interface NoticeContent {
  title: string;
  /** A few words: the new stage, "lifted", "locked". */
  status: string;
  detail: string;
  link: NotificationItem['link'];
}

export type Payload = Record<string, unknown>;

export function isNoticeKind(kind: string): kind is NoticeKind {
  return (NOTICE_KINDS as readonly string[]).includes(kind);
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** What a notice says in `locale`, made from its kind and payload (codes and ids only). */
export function noticeContent(kind: NoticeKind, payload: Payload, locale: NoticeLocale): NoticeContent {
  const t = TEXTS[locale];
  if (kind === 'application.stageChanged') {
    const stage = text(payload.to) as Stage;
    const id = text(payload.applicationId);
    // Notices queued before the method was carried read as collection at a branch, as they did.
    const delivery = payload.delivery === 'mail' ? 'mail' : 'branch';
    return {
      title: t.application.title,
      status: (delivery === 'mail' ? t.mailStages[stage] : undefined) ?? t.stages[stage] ?? stage,
      detail: t.stages[stage] ? stageExplanation(stage, (payload.reason ?? null) as ReviewFailReason | null, locale, delivery).text : '',
      link: { target: 'application', id: /^[0-9a-f]{24}$/.test(id) ? id : null, page: `${PAGES.application}?id=${id}` },
    };
  }
  const card = kind === 'card.lossLifted' ? t.lossLifted : kind === 'card.passwordLocked' ? t.passwordLocked : t.formalLoss;
  const target = kind === 'card.passwordLocked' ? 'cardPassword' : 'card';
  return { ...card, link: { target, id: null, page: PAGES[target] } };
}

/** The value of each template slot; `time` is filled by the platform adapter in its own format. */
export function slotValue(content: NoticeContent, slot: Exclude<Slot, 'time'>): string {
  return slot === 'title' ? content.title : slot === 'status' ? content.status : content.detail;
}

/** The text of an SMS notice, as the development sender logs it; providers fill their own template. */
export function smsText(content: NoticeContent): string {
  return `【社保卡】${content.title}：${content.detail}`;
}
