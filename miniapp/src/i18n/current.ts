import { DEFAULT_LOCALE, type Locale } from './locales';

// The locale outside React (the HTTP client's Accept-Language); the I18nProvider keeps it current.
let current: Locale = DEFAULT_LOCALE;

export function currentLocale(): Locale {
  return current;
}

export function setCurrentLocale(locale: Locale): void {
  current = locale;
}
