import type { NoticeLocale, NotificationItem } from '@ssc/shared';
import type { Deps } from '../deps';
import { NotFoundError } from '../errors';
import { isNoticeKind, noticeContent, type Payload } from '../notify/content';

type NotificationDoc = { _id: { toString(): string }; kind: string; payload: unknown; createdAt: Date; readAt?: Date | null };

function toItem(doc: NotificationDoc, locale: NoticeLocale): NotificationItem | null {
  if (!isNoticeKind(doc.kind)) return null;
  const { title, detail, link } = noticeContent(doc.kind, (doc.payload ?? {}) as Payload, locale);
  return {
    id: String(doc._id),
    kind: doc.kind,
    title,
    body: detail,
    createdAt: doc.createdAt.toISOString(),
    read: doc.readAt != null,
    readAt: doc.readAt ? doc.readAt.toISOString() : null,
    link,
  };
}

export async function unreadCount(deps: Deps, personId: string): Promise<{ unread: number }> {
  return { unread: await deps.models.Notification.countDocuments({ personId, readAt: null }) };
}

/** The person's notifications, newest first, a page at a time (`before`: the last id of the previous page). */
export async function listNotifications(deps: Deps, personId: string, query: { limit: number; before?: string }, locale: NoticeLocale) {
  const { Notification } = deps.models;
  let older = {};
  if (query.before) {
    const cursor = await Notification.findOne({ _id: query.before, personId }).lean();
    if (!cursor) throw new NotFoundError('No such notification for this person');
    older = { $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, _id: { $lt: cursor._id } }] };
  }
  const docs = await Notification.find({ personId, ...older }).sort({ createdAt: -1, _id: -1 }).limit(query.limit + 1).lean();
  const page = docs.slice(0, query.limit);
  return {
    notifications: page.map((doc) => toItem(doc, locale)).filter((item) => item !== null),
    unread: (await unreadCount(deps, personId)).unread,
    nextCursor: docs.length > query.limit ? String(page[page.length - 1]?._id) : null,
  };
}

/** Marks one of the person's notifications read (again is fine: the first time is kept). */
export async function markRead(deps: Deps, personId: string, id: string, locale: NoticeLocale): Promise<NotificationItem> {
  const { Notification } = deps.models;
  await Notification.updateOne({ _id: id, personId, readAt: null }, { $set: { readAt: deps.now() } });
  const doc = await Notification.findOne({ _id: id, personId }).lean();
  const item = doc ? toItem(doc, locale) : null;
  if (!item) throw new NotFoundError('No such notification for this person');
  return item;
}

export async function markAllRead(deps: Deps, personId: string): Promise<{ marked: number; unread: number }> {
  const result = await deps.models.Notification.updateMany({ personId, readAt: null }, { $set: { readAt: deps.now() } });
  return { marked: result.modifiedCount, unread: (await unreadCount(deps, personId)).unread };
}
