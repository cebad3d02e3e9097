import type { CardView } from '@ssc/shared';
import { useResource } from '../../hooks/useResource';
import { listApplications } from '../../services/api/applications';
import { getCard } from '../../services/api/card';

export interface NoticeData {
  card: CardView | null;
  applications: Awaited<ReturnType<typeof listApplications>>['applications'];
}

/**
 * What the status banners are made from, loaded after /me and only for a bound person. Banners
 * are extras: a person without a card (404), or a failed request, simply gets none of its banners.
 */
async function loadNotices(): Promise<NoticeData> {
  const [card, applications] = await Promise.all([
    getCard().catch(() => null),
    listApplications()
      .then((list) => list.applications)
      .catch(() => []),
  ]);
  return { card, applications };
}

export function useNotices(bound: boolean, shown: number) {
  return useResource<NoticeData | null>(() => (bound ? loadNotices() : Promise.resolve(null)), { deps: [bound, shown] });
}
