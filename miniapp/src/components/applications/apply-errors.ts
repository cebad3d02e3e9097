import { APPLY_REFUSALS, type ApplyRefusal } from '@ssc/shared';
import { errorText } from '../../i18n/error-text';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { translate } from '../../i18n/translate';
import { ApiError } from '../../services/errors';

export interface ApplyErrorView {
  text: string;
  /** Something the person can do about it from here. */
  action?: 'applications';
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function refusalText(details: Record<string, unknown>, locale: Locale): string | undefined {
  const reason = details.reason as ApplyRefusal;
  if (!APPLY_REFUSALS.includes(reason)) return undefined;
  if (reason === 'tooEarly') {
    const from = typeof details.renewableFrom === 'string' ? formatDate(details.renewableFrom, locale) : '';
    return translate(locale, 'applications.refusal.tooEarly', { date: from });
  }
  return translate(locale, `applications.refusal.${reason}`);
}

/**
 * What to tell the person when uploading the photo or submitting failed. The BFF's own message
 * serves for most refusals; a refused kind says why (with the renewal date), and the photo checks
 * say what a usable photo is.
 */
export function applyErrorView(error: unknown, locale: Locale): ApplyErrorView {
  if (error instanceof ApiError) {
    const details = record(error.details);
    switch (error.code) {
      case 'APPLICATION_NOT_ALLOWED':
        return { text: refusalText(details, locale) ?? errorText(error, locale) };
      case 'APPLICATION_IN_PROGRESS':
        return { text: errorText(error, locale), action: 'applications' };
      case 'PHOTO_TOO_SMALL': {
        const width = typeof details.minWidth === 'number' ? details.minWidth : 295;
        const height = typeof details.minHeight === 'number' ? details.minHeight : 413;
        return { text: translate(locale, 'applications.photo.tooSmall', { width, height }) };
      }
      case 'PHOTO_TOO_LARGE':
        return { text: translate(locale, 'applications.photo.tooLarge') };
      case 'PHOTO_TYPE_UNSUPPORTED':
        return { text: translate(locale, 'applications.photo.unsupported') };
      default:
        break;
    }
  }
  return { text: errorText(error, locale) };
}

/** The BFF's limit (bff/src/services/photo-service.ts): a bigger file is refused before it is sent. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

export function pickedPhotoTooLarge(size: number | undefined): boolean {
  return typeof size === 'number' && size > PHOTO_MAX_BYTES;
}
