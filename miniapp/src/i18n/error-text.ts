import { ApiError, NetworkError } from '../services/errors';
import type { Locale } from './locales';
import { translate } from './translate';

/**
 * What to tell the person about a failed request. The BFF's message is already in their language;
 * without an answer the app says it itself.
 */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof ApiError && !error.code.startsWith('HTTP_')) return error.message;
  if (error instanceof NetworkError) return translate(locale, error.reason === 'timeout' ? 'common.timeout' : 'common.networkError');
  return translate(locale, 'common.genericError');
}
