import { DEFAULT_LOCALE, type Locale } from './locales';

// The locale outside React (the HTTP client's Accept-Language); the I18nProvider keeps it current.
let current: Locale = DEFAULT_LOCALE;

export function currentLocale(): Locale {
  return current;
}

export function setCurrentLocale(locale: Locale): void {
  current = locale;
  // In a browser the whole document says its language, not only the page: browsers offer to
  // translate by it, and screen readers read dialogs mounted on <body> with it.
  if (process.env.TARO_ENV === 'h5') {
    // Taro types `document` as its own mini-program stand-in; in a browser it is the real one.
    const page = (globalThis as { document?: { documentElement?: { lang: string } } }).document;
    if (page?.documentElement) page.documentElement.lang = locale;
  }
}
