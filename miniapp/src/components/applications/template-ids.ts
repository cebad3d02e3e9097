import type { NoticeKind } from '@ssc/shared';

/** WeChat asks about at most three templates per tap (and the BFF takes at most three answers). */
export const MAX_TEMPLATES_PER_REQUEST = 3;

const uniqueIds = (ids: readonly (string | null | undefined)[]) => [...new Set(ids.map((id) => (id ?? '').trim()).filter((id) => id !== ''))].slice(0, MAX_TEMPLATES_PER_REQUEST);

/**
 * The ids to ask about from GET /notifications/subscriptions, in the order of `kinds` (what the
 * tap is about first); kinds without a configured template are left out.
 */
export function templatesToAsk(templates: Readonly<Record<NoticeKind, string | null>>, kinds: readonly NoticeKind[]): string[] {
  return uniqueIds(kinds.map((kind) => templates[kind]));
}

/**
 * What requestSubscribeMessage answered, as the BFF wants it: per asked id, accepted or not.
 * WeChat answers `accept`, `reject`, `ban` (switched off) or `filter` (template withdrawn) per id.
 */
export function subscriptionResults(asked: readonly string[], answer: Readonly<Record<string, unknown>>): { templateId: string; accepted: boolean }[] {
  return asked.map((templateId) => ({ templateId, accepted: answer[templateId] === 'accept' }));
}
