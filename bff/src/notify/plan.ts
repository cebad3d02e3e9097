import type { NoticeKind, NoticeLocale } from '@ssc/shared';
import type { Deps } from '../deps';
import { noticeSettings } from '../services/notification-settings';
import type { OutboxRecord } from './lease';

export const CHANNELS = ['inbox', 'weapp', 'alipay', 'sms'] as const;
export type ChannelName = (typeof CHANNELS)[number];

export interface ChannelState {
  status: 'pending' | 'sent' | 'failed' | 'skipped';
  attempts: number;
  code: string | null;
  sentAt: Date | null;
}

const pending = (): ChannelState => ({ status: 'pending', attempts: 0, code: null, sentAt: null });
const skipped = (code: string): ChannelState => ({ status: 'skipped', attempts: 0, code, sentAt: null });

/** Whether the platform can send at all: credentials present and a template for this kind. */
export function platformReady(deps: Deps, platform: 'weapp' | 'alipay', kind: NoticeKind): boolean {
  const configured = platform === 'weapp' ? Boolean(deps.secrets.wechat.appId && deps.secrets.wechat.secret) : Boolean(deps.secrets.alipay.appId && deps.secrets.alipay.privateKeyPem);
  return configured && Boolean(deps.settings.messageTemplates[platform][kind]);
}

/**
 * Chooses the channels of a notice when it is first claimed: the message centre always; the
 * platform of each bound mini-program account unless the person turned it off; SMS only if they
 * turned it on. A platform the person does not use is left out (null); the other reasons not
 * to send are recorded as `skipped` with a code, so an operator can see why nothing went out.
 */
export async function planChannels(deps: Deps, record: OutboxRecord, kind: NoticeKind): Promise<{ locale: NoticeLocale; channels: Partial<Record<ChannelName, ChannelState>> }> {
  const { locale, choice } = await noticeSettings(deps, String(record.personId), kind);
  const accounts = await deps.models.Account.find({ personId: record.personId, platform: { $in: ['weapp', 'alipay'] } }, { platform: 1, subjectEnc: 1 }).lean();
  const channels: Partial<Record<ChannelName, ChannelState>> = { inbox: pending() };
  for (const platform of ['weapp', 'alipay'] as const) {
    const account = accounts.find((a) => a.platform === platform);
    if (!account) continue;
    if (!choice.platform) channels[platform] = skipped('NOT_WANTED');
    else if (!platformReady(deps, platform, kind)) channels[platform] = skipped('NOT_CONFIGURED');
    else if (!account.subjectEnc) channels[platform] = skipped('NO_ADDRESS');
    else channels[platform] = pending();
  }
  if (!choice.sms) channels.sms = skipped('NOT_WANTED');
  else channels.sms = deps.sms.available ? pending() : skipped('NOT_CONFIGURED');
  return { locale, channels };
}
