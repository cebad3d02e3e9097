import { NotificationPreferences, PreferencesBody, SubscriptionQuota, SubscriptionReport, SubscriptionTemplates } from '@ssc/shared';
import type { Deps } from '../deps';
import { route, type RouteDef } from '../http/route';
import { getPreferences, updatePreferences } from '../services/notification-settings';
import type { SessionInfo } from '../services/session-service';
import { recordSubscriptions, subscriptionQuota, subscriptionTemplates } from '../services/subscription-service';
import { personOf } from './card-context';

/** Which channels the person wants per kind of notice, their language, and tap-time subscriptions. */
export function notificationSettingsRoutes(deps: Deps): RouteDef[] {
  return [
    route({
      method: 'get', path: '/preferences', operationId: 'getNotificationPreferences', auth: 'person',
      summary: 'Language of notices and, per kind, whether it also goes out as a platform message and by SMS',
      response: NotificationPreferences,
      handler: (ctx) => getPreferences(deps, personOf(ctx)),
    }),
    route({
      method: 'put', path: '/preferences', operationId: 'updateNotificationPreferences', auth: 'person',
      summary: 'Change the language of notices (then no longer taken from requests) or channels of some kinds; the rest is kept',
      body: PreferencesBody,
      response: NotificationPreferences,
      handler: (ctx, { body }) => updatePreferences(deps, personOf(ctx), body),
    }),
    route({
      method: 'get', path: '/subscriptions', operationId: 'getSubscriptionTemplates', auth: 'person',
      summary: 'Template ids to pass to requestSubscribeMessage on this platform, per kind (null: none)',
      response: SubscriptionTemplates,
      handler: async (ctx) => subscriptionTemplates(deps, ctx.state.session as SessionInfo),
    }),
    route({
      method: 'post', path: '/subscriptions', operationId: 'reportSubscriptions', auth: 'person',
      summary: 'Report what requestSubscribeMessage answered: each accepted one-time template allows one more message',
      body: SubscriptionReport,
      response: SubscriptionQuota,
      errors: { 409: ['SUBSCRIPTIONS_UNSUPPORTED'] },
      handler: (ctx, { body }) => recordSubscriptions(deps, ctx.state.session as SessionInfo, body.results),
    }),
    route({
      method: 'get', path: '/subscriptions/quota', operationId: 'getSubscriptionQuota', auth: 'person',
      summary: 'Messages each template may still bring this account',
      response: SubscriptionQuota,
      errors: { 409: ['SUBSCRIPTIONS_UNSUPPORTED'] },
      handler: (ctx) => subscriptionQuota(deps, ctx.state.session as SessionInfo),
    }),
  ];
}
