import type { Locale } from './locales';

/** A bank's or branch's name for the reader: Chinese for a Chinese reader, else its English name. */
export function localName(named: { name: string; nameEn: string }, locale: Locale): string {
  return locale === 'zh-CN' ? named.name : named.nameEn;
}
