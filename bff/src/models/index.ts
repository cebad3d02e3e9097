import type { Connection } from 'mongoose';
import { accessLogSchema } from './access-log';
import { accountSchema } from './account';
import { cardSchema } from './card';
import { outboxSchema } from './outbox';
import { personSchema } from './person';
import { rateLimitSchema } from './rate-limit';
import { sessionSchema } from './session';
import { smsCodeSchema } from './sms-code';

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
  };
}

export type Models = ReturnType<typeof createModels>;
