import { maskPhone } from '@ssc/shared';
import type { Logger } from 'pino';
import type { SmsMessage, SmsSender } from './deps';
import { DeliveryError } from './notify/delivery-error';

/**
 * A send that did not happen: a delivery failure of the SMS channel, so the notification worker
 * takes it as it is. `transient` failures (provider down, rate limit) may succeed later; the
 * others (unknown template, number refused, no provider) will not.
 */
export class SmsSendError extends DeliveryError {
  override name = 'SmsSendError';
}

/**
 * Development sender: writes the text to the log so a newcomer can read their login code there.
 * The phone number is masked like everywhere else. Never chosen in production.
 */
export function logSmsSender(logger: Logger): SmsSender {
  return {
    available: true,
    async send(phone, message) {
      logger.info({ to: maskPhone(phone), template: message.template }, `SMS (development sender, not sent): ${message.text}`);
    },
  };
}

/** Production without SMS credentials: nothing can be sent, and callers are told so. */
export function unavailableSmsSender(): SmsSender {
  return {
    available: false,
    async send() {
      throw new SmsSendError('NOT_CONFIGURED', 'No SMS provider is configured', false);
    },
  };
}

export interface SentSms extends SmsMessage {
  phone: string;
  at: Date;
}

/** Test sender: keeps the messages so a test can read the code a person would receive. */
export function memorySmsSender(): SmsSender & { sent: SentSms[]; lastCodeFor(phone: string): string | undefined } {
  const sent: SentSms[] = [];
  return {
    available: true,
    sent,
    async send(phone, message) {
      sent.push({ phone, ...message, at: new Date() });
    },
    lastCodeFor(phone) {
      const last = [...sent].reverse().find((s) => s.phone === phone && s.params.length > 0 && /^\d{6}$/.test(s.params[0] ?? ''));
      return last?.params[0];
    },
  };
}
