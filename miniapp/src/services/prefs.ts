import { isLocale, type Locale } from '../i18n/locales';
import type { KeyValueStore } from './kv';

const LOCALE_KEY = 'ssc.locale';
const ELDER_KEY = 'ssc.elder';

/** The person's own choices, kept across sessions (not personal data: they survive a sign-out). */
export interface Prefs {
  locale(): Locale | undefined;
  setLocale(locale: Locale): void;
  /** undefined until the person has chosen: then the system font size decides. */
  elder(): boolean | undefined;
  setElder(on: boolean): void;
}

export function createPrefs(store: KeyValueStore): Prefs {
  return {
    locale() {
      const value = store.get(LOCALE_KEY);
      return isLocale(value) ? value : undefined;
    },
    setLocale: (locale) => store.set(LOCALE_KEY, locale),
    elder() {
      const value = store.get(ELDER_KEY);
      return value === 'on' ? true : value === 'off' ? false : undefined;
    },
    setElder: (on) => store.set(ELDER_KEY, on ? 'on' : 'off'),
  };
}
