import { HELP_LOCALES } from '@ssc/shared';

/** The languages the BFF answers in (its error texts and help content), so the app offers the same. */
export const LOCALES = HELP_LOCALES;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a system language tag to a supported locale. WeChat reports `zh_CN`/`zh_TW`/`en`, Alipay
 * `zh-Hans`/`en-US`, browsers BCP 47 tags such as `es-419`; anything else gets Chinese, the
 * product's language.
 */
export function localeFromSystem(tag: string | undefined): Locale {
  const primary = (tag ?? '').toLowerCase().replace('_', '-').split('-')[0];
  if (primary === 'en') return 'en';
  if (primary === 'es') return 'es';
  return DEFAULT_LOCALE;
}
