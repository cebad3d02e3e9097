import { applications } from './codes/applications';
import { auth } from './codes/auth';
import { card } from './codes/card';
import { core } from './codes/core';
import { identity } from './codes/identity';
import { notifications } from './codes/notifications';
import { records } from './codes/records';
import { sms } from './codes/sms';

/**
 * User-facing texts for error codes, one table per area in `codes/`, merged here. Each area's en
 * and es tables are typed against its zh-CN table (the reference), so a code without a text in
 * every locale does not compile.
 */
export const LOCALES = ['zh-CN', 'en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const AREAS = [core, auth, sms, identity, records, card, applications, notifications] as const;

type Area = (typeof AREAS)[number];
export type ErrorCode = Area extends infer A ? (A extends { 'zh-CN': infer T } ? keyof T & string : never) : never;

const MESSAGES = Object.fromEntries(
  LOCALES.map((locale) => [locale, Object.assign({}, ...AREAS.map((area) => area[locale]))]),
) as Record<Locale, Record<ErrorCode, string>>;

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return MESSAGES[locale][code];
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(MESSAGES[DEFAULT_LOCALE], code);
}
