import { maskPhone } from '@ssc/shared';
import type { Logger } from 'pino';
import type { SmsSender } from './deps';

/**
 * Development sender: writes the text to the log so a newcomer can read their login code there.
 * The phone number is masked like everywhere else. Not allowed in production.
 */
export function logSmsSender(logger: Logger): SmsSender {
  return {
    async send(phone, text) {
      logger.info({ to: maskPhone(phone) }, `SMS (development sender, not sent): ${text}`);
    },
  };
}

export interface SentSms {
  phone: string;
  text: string;
  at: Date;
}

/** Test sender: keeps the messages so a test can read the code a person would receive. */
export function memorySmsSender(): SmsSender & { sent: SentSms[]; lastCodeFor(phone: string): string | undefined } {
  const sent: SentSms[] = [];
  return {
    sent,
    async send(phone, text) {
      sent.push({ phone, text, at: new Date() });
    },
    lastCodeFor(phone) {
      const last = [...sent].reverse().find((s) => s.phone === phone);
      return last ? /\b(\d{6})\b/.exec(last.text)?.[1] : undefined;
    },
  };
}
