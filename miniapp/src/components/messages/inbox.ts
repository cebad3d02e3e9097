import type { NotificationItem } from '@ssc/shared';

/** The message centre as shown: the pages loaded so far, newest first, and the unread count. */
export interface Inbox {
  items: NotificationItem[];
  unread: number;
  /** Where the next page starts; null when the oldest notice is shown. */
  nextCursor: string | null;
}

interface Page {
  notifications: NotificationItem[];
  unread: number;
  nextCursor: string | null;
}

export function inboxFrom(page: Page): Inbox {
  return { items: page.notifications, unread: page.unread, nextCursor: page.nextCursor };
}

/**
 * Adds an older page below. A notice that arrived meanwhile shifts the pages, so one already shown
 * can come again: it is kept once. The unread count is the newer answer's.
 */
export function appendPage(inbox: Inbox, page: Page): Inbox {
  const shown = new Set(inbox.items.map((item) => item.id));
  return { items: [...inbox.items, ...page.notifications.filter((item) => !shown.has(item.id))], unread: page.unread, nextCursor: page.nextCursor };
}

/** One notice read (the BFF's answer, or the tapped item itself before it answers). */
export function withRead(inbox: Inbox, read: NotificationItem): Inbox {
  const before = inbox.items.find((item) => item.id === read.id);
  const newlyRead = before !== undefined && !before.read && read.read;
  return {
    ...inbox,
    items: inbox.items.map((item) => (item.id === read.id ? read : item)),
    unread: newlyRead ? Math.max(0, inbox.unread - 1) : inbox.unread,
  };
}

/** Every notice read; `unread` is what the BFF counted afterwards (a notice may arrive meanwhile). */
export function withAllRead(inbox: Inbox, unread: number, at: string): Inbox {
  return { ...inbox, items: inbox.items.map((item) => (item.read ? item : { ...item, read: true, readAt: at })), unread };
}
