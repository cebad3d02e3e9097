import type { Connection } from 'mongoose';
import { accessLogSchema } from './access-log';
import { accountSchema } from './account';
import { applicationSchema } from './application';
import { cardSchema } from './card';
import { changeSchema } from './change';
import { idempotencyKeySchema } from './idempotency-key';
import { notificationSchema } from './notification';
import { notificationSettingsSchema } from './notification-settings';
import { outboxSchema } from './outbox';
import { paymentRecordSchema } from './payment-record';
import { personSchema } from './person';
import { personalAccountSchema } from './personal-account';
import { platformTokenSchema } from './platform-token';
import { photoSchema } from './photo';
import { qrTokenSchema } from './qr-token';
import { rateLimitSchema } from './rate-limit';
import { recordsMetaSchema } from './records-meta';
import { sessionSchema } from './session';
import { smsCodeSchema } from './sms-code';
import { subscriptionQuotaSchema } from './subscription-quota';

/** All models, compiled once on the app's connection (never on mongoose's global one). */
export function createModels(connection: Connection) {
  return {
    Person: connection.model('Person', personSchema, 'people'),
    Card: connection.model('Card', cardSchema, 'cards'),
    Account: connection.model('Account', accountSchema, 'accounts'),
    Session: connection.model('Session', sessionSchema, 'sessions'),
    SmsCode: connection.model('SmsCode', smsCodeSchema, 'sms_codes'),
    RateLimit: connection.model('RateLimit', rateLimitSchema, 'rate_limits'),
    AccessLog: connection.model('AccessLog', accessLogSchema, 'access_logs'),
    Outbox: connection.model('Outbox', outboxSchema, 'outbox'),
    QrToken: connection.model('QrToken', qrTokenSchema, 'qr_tokens'),
    PaymentRecord: connection.model('PaymentRecord', paymentRecordSchema, 'payment_records'),
    PersonalAccount: connection.model('PersonalAccount', personalAccountSchema, 'personal_accounts'),
    RecordsMeta: connection.model('RecordsMeta', recordsMetaSchema, 'records_meta'),
    Application: connection.model('Application', applicationSchema, 'applications'),
    Photo: connection.model('Photo', photoSchema, 'photos'),
    IdempotencyKey: connection.model('IdempotencyKey', idempotencyKeySchema, 'idempotency_keys'),
    Notification: connection.model('Notification', notificationSchema, 'notifications'),
    NotificationSettings: connection.model('NotificationSettings', notificationSettingsSchema, 'notification_settings'),
    SubscriptionQuota: connection.model('SubscriptionQuota', subscriptionQuotaSchema, 'subscription_quotas'),
    PlatformToken: connection.model('PlatformToken', platformTokenSchema, 'platform_tokens'),
    Change: connection.model('Change', changeSchema, 'changes'),
  };
}

export type Models = ReturnType<typeof createModels>;
