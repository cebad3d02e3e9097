import Taro from '@tarojs/taro';
import { createContext, createElement, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { prefs } from '../services/client';
import { systemLanguage } from '../services/system';
import { setCurrentLocale } from './current';
import { errorText } from './error-text';
import { formatDate, formatDateTime, formatMoney, formatMonth, formatYearsMonths } from './format';
import { DEFAULT_LOCALE, localeFromSystem, type Locale } from './locales';
import { translate, type ParamArgs } from './translate';
export type { PlainKey } from './translate';
import type { MessageKey } from './zh-CN';

export { localName } from './local-name';
export { LOCALES, type Locale } from './locales';
export { translate } from './translate';
export type { MessageKey } from './zh-CN';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t<K extends MessageKey>(key: K, ...params: ParamArgs<K>): string;
  money(fen: number): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  month(period: string): string;
  yearsMonths(value: number | { years: number; months: number }): string;
  errorText(error: unknown): string;
}

function i18nFor(locale: Locale, setLocale: (locale: Locale) => void): I18n {
  return {
    locale,
    setLocale,
    t: (key, ...params) => translate(locale, key, ...params),
    money: (fen) => formatMoney(fen, locale),
    date: (iso) => formatDate(iso, locale),
    dateTime: (iso) => formatDateTime(iso, locale),
    month: (period) => formatMonth(period, locale),
    yearsMonths: (value) => formatYearsMonths(value, locale),
    errorText: (error) => errorText(error, locale),
  };
}

const I18nContext = createContext<I18n>(i18nFor(DEFAULT_LOCALE, () => {}));

/** The person's stored choice, else the phone's language. */
function initialLocale(): Locale {
  const locale = prefs.locale() ?? localeFromSystem(systemLanguage());
  setCurrentLocale(locale); // before the first page's first request
  return locale;
}

export function I18nProvider({ children }: { children?: ReactNode }) {
  const [locale, setState] = useState(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    prefs.setLocale(next);
    setCurrentLocale(next);
    setState(next);
  }, []);
  const value = useMemo(() => i18nFor(locale, setLocale), [locale, setLocale]);
  return createElement(I18nContext.Provider, { value }, children);
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Tab texts come from app.config.ts in Chinese; tab pages put them in the person's language. */
export function syncTabBarTexts(t: I18n['t']): void {
  const texts = [t('tab.home'), t('tab.me')];
  // Fails harmlessly when the page on top is not a tab page: the next tab page's show retries.
  texts.forEach((text, index) => void Taro.setTabBarItem({ index, text }).catch(() => {}));
}
