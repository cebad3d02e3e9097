import test from 'ava';
import { formatDate, formatDateTime, formatMoney, formatMonth, formatYearsMonths } from '../miniapp/src/i18n/format';

test('formats integer fen as yuan with grouping in each locale', (t) => {
  t.is(formatMoney(123456, 'zh-CN'), '¥1,234.56');
  t.is(formatMoney(123456, 'en'), '¥1,234.56');
  // Spanish groups a whole part of five digits or more only, as Intl's es-ES does.
  t.is(formatMoney(123456, 'es'), '1234,56 ¥');
  t.is(formatMoney(1234567, 'es'), '12.345,67 ¥');
  t.is(formatMoney(100000000, 'zh-CN'), '¥1,000,000.00');
  t.is(formatMoney(5, 'en'), '¥0.05');
  t.is(formatMoney(0, 'es'), '0,00 ¥');
});

test('puts the minus sign before the currency for negative amounts', (t) => {
  t.is(formatMoney(-120050, 'zh-CN'), '-¥1,200.50');
  t.is(formatMoney(-120050, 'es'), '-1200,50 ¥');
});

test('names a contribution month in each locale', (t) => {
  t.is(formatMonth('2024-03', 'zh-CN'), '2024年3月');
  t.is(formatMonth('2024-03', 'en'), 'March 2024');
  t.is(formatMonth('2024-03', 'es'), 'marzo de 2024');
  t.is(formatMonth('1999-12', 'en'), 'December 1999');
});

test('leaves a value that is not a month as it is', (t) => {
  t.is(formatMonth('2024-13', 'en'), '2024-13');
});

test('shows dates in china standard time whatever the time zone of the instant', (t) => {
  // 16:30 UTC on 4 March is 00:30 on 5 March in Beijing.
  t.is(formatDate('2024-03-04T16:30:00.000Z', 'zh-CN'), '2024年3月5日');
  t.is(formatDate('2024-03-04T16:30:00.000Z', 'en'), '5 March 2024');
  t.is(formatDate('2024-03-04T16:30:00.000Z', 'es'), '5 de marzo de 2024');
  t.is(formatDateTime('2024-03-04T16:30:00.000Z', 'zh-CN'), '2024年3月5日 00:30');
  t.is(formatDateTime('2024-03-04T16:30:00.000Z', 'en'), '5 March 2024, 00:30');
});

test('says years and months of contributions in each locale', (t) => {
  t.is(formatYearsMonths({ years: 8, months: 8 }, 'zh-CN'), '8年8个月');
  t.is(formatYearsMonths({ years: 8, months: 8 }, 'en'), '8 years 8 months');
  t.is(formatYearsMonths({ years: 8, months: 8 }, 'es'), '8 años y 8 meses');
  t.is(formatYearsMonths(104, 'en'), '8 years 8 months');
});

test('uses the singular for one and drops a zero part', (t) => {
  t.is(formatYearsMonths({ years: 1, months: 1 }, 'en'), '1 year 1 month');
  t.is(formatYearsMonths({ years: 1, months: 1 }, 'es'), '1 año y 1 mes');
  t.is(formatYearsMonths(24, 'zh-CN'), '2年');
  t.is(formatYearsMonths(24, 'en'), '2 years');
  t.is(formatYearsMonths(7, 'zh-CN'), '7个月');
  t.is(formatYearsMonths(0, 'en'), '0 months');
  t.is(formatYearsMonths(0, 'es'), '0 meses');
});
