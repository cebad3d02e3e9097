import type { NoticeKind, NoticeLocale } from '@ssc/shared';
import type { Types } from 'mongoose';
import { isDuplicateKey } from '../db/unavailable';
import type { Deps } from '../deps';
import { sendAlipayTemplate } from '../platforms/alipay-message';
import { sendWechatSubscribe } from '../platforms/wechat-subscribe';
import { keywordType, wechatTime } from '../platforms/wechat-fields';
import { noticeContent, slotValue, smsText, type Payload } from './content';
import { DeliveryError, permanentFailure, transientFailure } from './delivery-error';
import type { OutboxRecord } from './lease';
import type { ChannelName } from './plan';
import { clearQuota, giveBackQuota, takeQuota } from './quota';
import type { TemplateSpec } from './templates-config';

export interface Notice {
  record: OutboxRecord;
  kind: NoticeKind;
  locale: NoticeLocale;
  /** Saves fields of this channel's state while the lease holds; false when it was lost. */
  remember(fields: Record<string, unknown>): Promise<boolean>;
}

const payloadOf = (notice: Notice) => (notice.record.payload ?? {}) as Payload;

/** The message centre entry, keyed by the record's id: a second delivery finds it there already. */
async function inbox(deps: Deps, { record }: Notice): Promise<void> {
  try {
    await deps.models.Notification.create({ _id: record._id, personId: record.personId, kind: record.kind, payload: record.payload, createdAt: record.createdAt });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

/** Template fields: `time` is the change's time; WeChat phrase fields take Chinese only. */
function templateData(spec: TemplateSpec, notice: Notice): Record<string, string> {
  const content = noticeContent(notice.kind, payloadOf(notice), notice.locale);
  const chinese = noticeContent(notice.kind, payloadOf(notice), 'zh-CN');
  return Object.fromEntries(
    Object.entries(spec.data).map(([keyword, slot]) => {
      if (slot === 'time') return [keyword, wechatTime(notice.record.createdAt)];
      return [keyword, slotValue(keywordType(keyword) === 'phrase' ? chinese : content, slot)];
    }),
  );
}

/**
 * Stages a person must act on, or that end the application: a platform message for one of these
 * matters most, so the last unit of a one-time subscription is kept for them. A person usually
 * allows one message (one tap when applying): it should say "your card is ready", not "under review".
 */
const KEY_STAGES: readonly string[] = ['reviewFailed', 'productionFailed', 'readyToCollect', 'activated', 'expiredUncollected'];

/** Units of quota a notice must leave for later: one, for a stage change that is not a key stage. */
function unitsToKeep(notice: Notice): number {
  return notice.kind === 'application.stageChanged' && !KEY_STAGES.includes(String(payloadOf(notice).to)) ? 1 : 0;
}

/**
 * Sets a unit of quota aside and notes it on the record, so a worker taking over after a crash
 * uses the same unit instead of taking a second one.
 */
async function holdQuota(deps: Deps, notice: Notice, which: 'weapp' | 'alipay', accountId: Types.ObjectId, templateId: string): Promise<void> {
  if (notice.record.channels?.[which]?.quotaHeld) return;
  const keep = unitsToKeep(notice);
  if (!(await takeQuota(deps, accountId, templateId, keep))) {
    if (keep > 0) throw permanentFailure('QUOTA_KEPT_FOR_KEY_STAGE', `The last ${which} subscription for template ${templateId} is kept for a key stage`);
    throw permanentFailure('QUOTA_EXHAUSTED', `No ${which} subscription left for template ${templateId}`);
  }
  if (await notice.remember({ quotaHeld: true })) return;
  await giveBackQuota(deps, accountId, templateId);
  throw transientFailure('LEASE_LOST', 'Lease taken over before sending');
}

/**
 * One platform message, paid for with one unit of the account's subscription quota (unless the
 * template is long-term). A send that did not happen gives the unit back; a refusal or the
 * platform's own quota answer means it holds none for us, so the count is set to zero.
 */
async function platform(deps: Deps, notice: Notice, which: 'weapp' | 'alipay'): Promise<void> {
  const spec = deps.settings.messageTemplates[which][notice.kind];
  const account = await deps.models.Account.findOne({ personId: notice.record.personId, platform: which }, { subjectEnc: 1 }).lean();
  if (!spec) throw permanentFailure('NOT_CONFIGURED', `No ${which} template for ${notice.kind}`);
  if (!account?.subjectEnc) throw permanentFailure('NO_ADDRESS', `No ${which} account to address`);
  if (!spec.longTerm) await holdQuota(deps, notice, which, account._id, spec.id);
  const to = deps.cipher.decrypt(account.subjectEnc);
  const data = templateData(spec, notice);
  const page = noticeContent(notice.kind, payloadOf(notice), notice.locale).link.page.replace(/^\//, '');
  try {
    if (which === 'weapp') await sendWechatSubscribe(deps, { openid: to, templateId: spec.id, data, page, lang: notice.locale === 'zh-CN' ? 'zh_CN' : 'en_US' });
    else await sendAlipayTemplate(deps, { toUser: to, templateId: spec.id, data, page });
  } catch (error) {
    if (!spec.longTerm) {
      // Refused, or the platform's own count is used up: either way it holds none for us.
      if (error instanceof DeliveryError && (error.code === 'USER_REFUSED' || error.code === 'QUOTA_EXHAUSTED')) await clearQuota(deps, account._id, spec.id);
      else await giveBackQuota(deps, account._id, spec.id);
      await notice.remember({ quotaHeld: false });
    }
    throw error;
  }
}

/** An SMS to the phone on file, in the template of the notice's kind. */
async function sms(deps: Deps, notice: Notice): Promise<void> {
  const person = await deps.models.Person.findById(notice.record.personId, { phoneEnc: 1 }).lean();
  if (!person) throw permanentFailure('NO_ADDRESS', 'Person has no phone on file');
  const content = noticeContent(notice.kind, payloadOf(notice), notice.locale);
  const params = notice.kind === 'application.stageChanged' ? [content.status] : [];
  // An SmsSendError is a DeliveryError already: transient or not, as the provider's answer says.
  await deps.sms.send(deps.cipher.decrypt(person.phoneEnc), { template: notice.kind, params, text: smsText(content), locale: notice.locale });
}

export const SENDERS: Record<ChannelName, (deps: Deps, notice: Notice) => Promise<void>> = {
  inbox,
  weapp: (deps, notice) => platform(deps, notice, 'weapp'),
  alipay: (deps, notice) => platform(deps, notice, 'alipay'),
  sms,
};
