import { NotificationItem, NotificationList, NotificationPreferences, ReadAllResult, SubscriptionQuota, SubscriptionReport, SubscriptionTemplates, UnreadCount, type PreferencesBody } from '@ssc/shared';
import type { z } from 'zod';
import { http } from '../client';

// The message centre. Titles and bodies come in the person's notice language (their preferences).
export const listNotifications = (page: { before?: string; limit?: number } = {}) =>
  http.request(NotificationList, { path: '/notifications', query: { limit: page.limit, before: page.before } });

/** The home page badge. */
export const countUnread = () => http.request(UnreadCount, { path: '/notifications/unread-count' });

export const markAllRead = () => http.request(ReadAllResult, { method: 'POST', path: '/notifications/read-all' });
export const markRead = (id: string) => http.request(NotificationItem, { method: 'POST', path: `/notifications/${encodeURIComponent(id)}/read` });

export const getPreferences = () => http.request(NotificationPreferences, { path: '/notifications/preferences' });
/** Changes only what the body names: one switch, or the language of later notices. */
export const updatePreferences = (body: PreferencesBody) => http.request(NotificationPreferences, { method: 'PUT', path: '/notifications/preferences', body });

/** The template ids to pass to requestSubscribeMessage on this platform, per kind of notice. */
export const getSubscriptionTemplates = () => http.request(SubscriptionTemplates, { path: '/notifications/subscriptions' });
/** What the tap-time subscription dialog answered (at most three templates). */
export const reportSubscriptions = (results: z.input<typeof SubscriptionReport>['results']) =>
  http.request(SubscriptionQuota, { method: 'POST', path: '/notifications/subscriptions', body: { results } });
export const getSubscriptionQuota = () => http.request(SubscriptionQuota, { path: '/notifications/subscriptions/quota' });
