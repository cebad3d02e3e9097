import type { InsuranceType } from '@ssc/shared';
import type { ParamArgs } from '../../../i18n/translate';
import type { MessageKey } from '../../../i18n/zh-CN';

/** The part of useI18n() these texts need (declared here so Node tests need no Taro). */
export interface Say {
  t<K extends MessageKey>(key: K, ...params: ParamArgs<K>): string;
  month(period: string): string;
  yearsMonths(value: number | { years: number; months: number }): string;
}

/** Upper-cases the first letter: Spanish writes months in lower case, but not to open a line. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `2010年7月至2011年2月`, `July 2010 to February 2011`, `De julio de 2010 a febrero de 2011`. */
export function spanText(say: Say, from: string, to: string): string {
  return capitalize(from === to ? say.month(from) : say.t('records.span', { from: say.month(from), to: say.month(to) }));
}

/** `July 2010 to February 2011, 8 months`: a gap, or a stay in one city. */
export function rangeText(say: Say, range: { from: string; to: string; months: number }): string {
  return say.t('records.gapLength', { span: spanText(say, range.from, range.to), length: say.yearsMonths(range.months) });
}

/** `养老保险、医疗保险`, `Pension insurance, Medical insurance`. */
export function typeList(say: Pick<Say, 't'>, types: readonly InsuranceType[]): string {
  return types.map((type) => say.t(`records.type.${type}`)).join(say.t('records.separator'));
}
