import { PERIOD_PATTERN, yearsAndMonths } from '@ssc/shared';
import type { Locale } from './locales';

/*
 * Written out by hand rather than with Intl: the JavaScript engines of the mini-program platforms
 * do not all ship Intl's locale data, and a figure must read the same on every platform.
 */

const MONTHS: Record<Exclude<Locale, 'zh-CN'>, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Integer fen to yuan: `123456` -> `¥1,234.56` (zh-CN, en) or `1234,56 ¥` (es, where a four-digit
 * whole part is not grouped: `1234567` -> `12.345,67 ¥`).
 */
export function formatMoney(fen: number, locale: Locale): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  if (locale === 'es') return `${sign}${yuan.length > 4 ? group(yuan, '.') : yuan},${cents} ¥`;
  return `${sign}¥${group(yuan, ',')}.${cents}`;
}

/** `2024-03` -> `2024年3月`, `March 2024`, `marzo de 2024`. */
export function formatMonth(period: string, locale: Locale): string {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return period;
  const year = match[1] as string;
  const month = Number(match[2]);
  if (locale === 'zh-CN') return `${year}年${month}月`;
  const name = MONTHS[locale][month - 1];
  return locale === 'en' ? `${name} ${year}` : `${name} de ${year}`;
}

// Dates are shown in China Standard Time (UTC+8, no daylight saving), where the records and the
// offices are, whatever time zone the phone is set to.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

function chinaParts(iso: string): { year: number; month: number; day: number; hh: string; mm: string } | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const d = new Date(time + CHINA_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hh: pad(d.getUTCHours()), mm: pad(d.getUTCMinutes()) };
}

/** An ISO date-time (or date) as a day: `2024年3月5日`, `5 March 2024`, `5 de marzo de 2024`. */
export function formatDate(iso: string, locale: Locale): string {
  const p = chinaParts(iso);
  if (!p) return iso;
  if (locale === 'zh-CN') return `${p.year}年${p.month}月${p.day}日`;
  const name = MONTHS[locale][p.month - 1];
  return locale === 'en' ? `${p.day} ${name} ${p.year}` : `${p.day} de ${name} de ${p.year}`;
}

/** `2024年3月5日 14:05`, `5 March 2024, 14:05`, `5 de marzo de 2024, 14:05`. */
export function formatDateTime(iso: string, locale: Locale): string {
  const p = chinaParts(iso);
  if (!p) return iso;
  return `${formatDate(iso, locale)}${locale === 'zh-CN' ? ' ' : ', '}${p.hh}:${p.mm}`;
}

function count(n: number, one: string, other: string): string {
  return `${n} ${n === 1 ? one : other}`;
}

/**
 * A length of contributions: `8年8个月`, `8 years 8 months`, `8 años y 8 meses`. Takes months or
 * the `{ years, months }` the records summary sends.
 */
export function formatYearsMonths(value: number | { years: number; months: number }, locale: Locale): string {
  const { years, months } = typeof value === 'number' ? yearsAndMonths(value) : value;
  if (locale === 'zh-CN') {
    if (years === 0) return `${months}个月`;
    return months === 0 ? `${years}年` : `${years}年${months}个月`;
  }
  const [y, m] = locale === 'en' ? [count(years, 'year', 'years'), count(months, 'month', 'months')] : [count(years, 'año', 'años'), count(months, 'mes', 'meses')];
  if (years === 0) return m;
  if (months === 0) return y;
  return locale === 'en' ? `${y} ${m}` : `${y} y ${m}`;
}
