import test from 'ava';
import { accountAsOfLines } from '../miniapp/src/components/records/lib/accounts';
import { formatRate } from '../miniapp/src/components/records/lib/rate';
import { rangeText, spanText, typeList, type Say } from '../miniapp/src/components/records/lib/texts';
import { formatDate, formatMonth, formatYearsMonths } from '../miniapp/src/i18n/format';
import type { Locale } from '../miniapp/src/i18n/locales';
import { translate } from '../miniapp/src/i18n/translate';

/** What the pages get from useI18n(), without React. */
function say(locale: Locale): Say {
  return {
    t: (key, ...params) => translate(locale, key, ...params),
    month: (period) => formatMonth(period, locale),
    yearsMonths: (value) => formatYearsMonths(value, locale),
  };
}

const gap = { from: '2010-07', to: '2011-02', months: 8 };

test('says a gap as its months and its length in each language', (t) => {
  t.is(rangeText(say('zh-CN'), gap), '2010年7月至2011年2月，共8个月');
  t.is(rangeText(say('en'), gap), 'July 2010 to February 2011, 8 months');
  t.is(rangeText(say('es'), gap), 'De julio de 2010 a febrero de 2011, 8 meses');
});

test('says a gap longer than a year in years and months', (t) => {
  t.is(rangeText(say('en'), { from: '2010-01', to: '2011-02', months: 14 }), 'January 2010 to February 2011, 1 year 2 months');
});

test('names a single month once rather than as a span', (t) => {
  t.is(spanText(say('en'), '2026-10', '2026-10'), 'October 2026');
  t.is(spanText(say('es'), '2026-10', '2026-10'), 'Octubre de 2026');
  t.is(rangeText(say('zh-CN'), { from: '2026-10', to: '2026-10', months: 1 }), '2026年10月，共1个月');
});

test('lists insurance types with the separator of the language', (t) => {
  t.is(typeList(say('zh-CN'), ['pension', 'medical']), '养老保险、医疗保险');
  t.is(typeList(say('en'), ['pension', 'workInjury']), 'Pension insurance, Work injury insurance');
});

test('writes contribution rates as percentages in each locale', (t) => {
  t.is(formatRate(800, 'zh-CN'), '8%');
  t.is(formatRate(75, 'en'), '0.75%');
  t.is(formatRate(1000, 'en'), '10%');
  t.is(formatRate(50, 'es'), '0,5 %');
  t.is(formatRate(0, 'en'), '0%');
});

test('the gap notice says its months were not paid, since a month in arrears has a record', (t) => {
  t.is(translate('zh-CN', 'records.gaps.intro'), '从第一次缴费到最近一次之间，以下月份没有缴费：');
  t.is(translate('en', 'records.gaps.intro'), 'Between your first and your latest contribution, these months were not paid:');
  t.is(translate('es', 'records.gaps.intro'), 'Entre su primera y su última cotización, estos meses no se pagaron:');
});

const withDate = (locale: Locale) => ({ ...say(locale), date: (iso: string) => formatDate(iso, locale) });

test('account figures from inside a year are called the latest, with their date, in each language', (t) => {
  const figures = { asOf: '2024-07-01T00:00:00.000Z', basis: 'latest' as const };
  t.deepEqual(accountAsOfLines(withDate('zh-CN'), figures), ['最新数字，截至 2024年7月1日']);
  t.deepEqual(accountAsOfLines(withDate('en'), figures), ['Latest figures, as of 1 July 2024']);
  t.deepEqual(accountAsOfLines(withDate('es'), figures), ['Cifras más recientes, a fecha de 1 de julio de 2024']);
});

test('year-end account figures keep their date and say where they come from', (t) => {
  t.deepEqual(accountAsOfLines(withDate('en'), { asOf: '2024-12-31T16:00:00.000Z', basis: 'exact' }), [
    'As of 1 January 2025',
    'Year-end figures from the social insurance office.',
  ]);
  t.deepEqual(accountAsOfLines(withDate('en'), { asOf: '2024-07-01T00:00:00.000Z' }), ['As of 1 July 2024']);
});
