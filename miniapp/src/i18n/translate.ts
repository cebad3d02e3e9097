import { en } from './en';
import { es } from './es';
import type { Locale } from './locales';
import { zhCN, type Dictionary, type MessageKey } from './zh-CN';

export const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = { 'zh-CN': zhCN, en, es };

/** Parameter names of a message, read from its zh-CN text: `'{seconds} 秒'` -> `'seconds'`. */
type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;
export type Params<K extends MessageKey> = Record<ParamNames<(typeof zhCN)[K]>, string | number>;
/** A key with no parameters takes none; a key with parameters must be given all of them. */
export type ParamArgs<K extends MessageKey> = [ParamNames<(typeof zhCN)[K]>] extends [never] ? [] : [params: Params<K>];

export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: ParamArgs<K>): string {
  const text = DICTIONARIES[locale][key];
  const params = args[0] as Record<string, string | number> | undefined;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Keys whose text takes no parameters (page titles, button labels). */
export type PlainKey = { [K in MessageKey]: ParamArgs<K> extends [] ? K : never }[MessageKey];

/** `{name}` placeholders of a text, sorted: every language must use the same ones. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
}
