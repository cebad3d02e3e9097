import { NotificationIdParams, NotificationItem, NotificationList, NotificationListQuery, ReadAllResult, UnreadCount } from '@ssc/shared';
import type { Deps } from '../deps';
import { route, type Resource } from '../http/route';
import { pickLocale } from '../i18n/locale';
import { listNotifications, markAllRead, markRead, unreadCount } from '../services/notification-centre';
import { rememberLocale } from '../services/notification-settings';
import type { AppContext } from '../types';
import { personOf } from './card-context';
import { notificationSettingsRoutes } from './notification-settings';

/** The language the person's app asks in becomes the language of their notices (unless they chose one). */
async function remembered(deps: Deps, ctx: AppContext) {
  const locale = pickLocale(ctx);
  if (ctx.get('Accept-Language') || typeof ctx.query.lang === 'string') await rememberLocale(deps, personOf(ctx), locale);
  return locale;
}

/** The message centre: the person's own notifications and their unread badge. */
export function notificationsResource(deps: Deps): Resource {
  return {
    prefix: '/notifications',
    tag: 'Notifications',
    routes: [
      route({
        method: 'get', path: '/', operationId: 'listNotifications', auth: 'person',
        summary: 'Notifications, newest first, in the language of the request, each with the page it concerns',
        query: NotificationListQuery,
        response: NotificationList,
        errors: { 404: ['NOT_FOUND'] },
        handler: async (ctx, { query }) => listNotifications(deps, personOf(ctx), query, await remembered(deps, ctx)),
      }),
      route({
        method: 'get', path: '/unread-count', operationId: 'countUnreadNotifications', auth: 'person',
        summary: 'How many notifications are unread (the home page badge)',
        response: UnreadCount,
        handler: async (ctx) => {
          await remembered(deps, ctx);
          return unreadCount(deps, personOf(ctx));
        },
      }),
      route({
        method: 'post', path: '/read-all', operationId: 'readAllNotifications', auth: 'person',
        summary: 'Mark every notification read',
        response: ReadAllResult,
        handler: (ctx) => markAllRead(deps, personOf(ctx)),
      }),
      route({
        method: 'post', path: '/:id/read', operationId: 'readNotification', auth: 'person',
        summary: 'Mark one notification read',
        params: NotificationIdParams,
        response: NotificationItem,
        errors: { 404: ['NOT_FOUND'] },
        handler: (ctx, { params }) => markRead(deps, personOf(ctx), params.id, pickLocale(ctx)),
      }),
      ...notificationSettingsRoutes(deps),
    ],
  };
}
