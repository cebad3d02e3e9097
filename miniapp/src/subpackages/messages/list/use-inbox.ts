import type { NotificationItem } from '@ssc/shared';
import { useState } from 'react';
import { appendPage, inboxFrom, withAllRead, withRead, type Inbox } from '../../../components/messages/inbox';
import { useResource } from '../../../hooks/useResource';
import { listNotifications, markAllRead, markRead } from '../../../services/api/notifications';

type FirstPage = Awaited<ReturnType<typeof listNotifications>>;

/**
 * The first page loads through useResource (loading, error and retry as on every page); older
 * pages and read marks are kept on top of it until the first page is loaded again.
 */
export function useInbox() {
  const first = useResource(() => listNotifications());
  const [changed, setChanged] = useState<{ from: FirstPage; inbox: Inbox }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const base = first.data;
  const inbox = base ? (changed?.from === base ? changed.inbox : inboxFrom(base)) : undefined;
  const update = (change: (inbox: Inbox) => Inbox) => {
    if (!base) return;
    setChanged((current) => ({ from: base, inbox: change(current?.from === base ? current.inbox : inboxFrom(base)) }));
  };

  const attempt = async (work: () => Promise<void>) => {
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      setFailure(error);
    }
  };

  const loadMore = async () => {
    if (!inbox?.nextCursor || loadingMore) return;
    const before = inbox.nextCursor;
    setLoadingMore(true);
    await attempt(async () => {
      const page = await listNotifications({ before });
      update((current) => appendPage(current, page));
    });
    setLoadingMore(false);
  };

  const readAll = () =>
    attempt(async () => {
      const result = await markAllRead();
      update((current) => withAllRead(current, result.unread, new Date().toISOString()));
    });

  /** Shown read at once; the BFF's answer replaces it. A failure leaves it unread there, for next time. */
  const read = async (item: NotificationItem) => {
    if (item.read) return;
    update((current) => withRead(current, { ...item, read: true, readAt: new Date().toISOString() }));
    const answer = await markRead(item.id).catch(() => undefined);
    if (answer) update((current) => withRead(current, answer));
  };

  return { first, inbox, loadMore, loadingMore, readAll, read, failure };
}
