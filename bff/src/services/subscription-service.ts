import { NOTICE_KINDS } from '@ssc/shared';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { addQuota, quotaOf } from '../notify/quota';
import type { SessionInfo } from './session-service';

function messagingPlatform(session: SessionInfo): 'weapp' | 'alipay' {
  if (session.platform === 'weapp' || session.platform === 'alipay') return session.platform;
  throw new AppError(409, 'SUBSCRIPTIONS_UNSUPPORTED', `No subscription messages on ${session.platform}`);
}

/** The template id to ask the person about for each kind on their platform (null: none configured). */
export function subscriptionTemplates(deps: Deps, session: SessionInfo) {
  const platform = session.platform as 'weapp' | 'alipay' | 'h5';
  const configured = platform === 'h5' ? {} : deps.settings.messageTemplates[platform];
  const templates = Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, configured[kind]?.id ?? null])) as Record<(typeof NOTICE_KINDS)[number], string | null>;
  return { platform, templates };
}

/**
 * Records what the person answered at a tap (`requestSubscribeMessage`): each accepted one-time
 * template adds one message to their quota. Ids of templates this app does not use are ignored,
 * so a client cannot fill the table with made-up ids.
 */
export async function recordSubscriptions(deps: Deps, session: SessionInfo, results: { templateId: string; accepted: boolean }[]) {
  const platform = messagingPlatform(session);
  const known = new Set(Object.values(deps.settings.messageTemplates[platform]).map((spec) => spec.id));
  for (const { templateId, accepted } of results) {
    if (accepted && known.has(templateId)) await addQuota(deps, { accountId: session.accountId, platform }, templateId);
  }
  return { quota: await quotaOf(deps, session.accountId) };
}

export async function subscriptionQuota(deps: Deps, session: SessionInfo) {
  messagingPlatform(session);
  return { quota: await quotaOf(deps, session.accountId) };
}
