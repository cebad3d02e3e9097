import { Picker, Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import { neighbours } from '../lib/years';
import './index.scss';

interface YearStepperProps {
  year: number;
  /** Years with records, any order. */
  years: readonly number[];
  onChange(year: number): void;
}

/** The previous and next year with records one tap away; the picker for a jump. */
export function YearStepper({ year, years, onChange }: YearStepperProps) {
  const { t } = useI18n();
  const { prev, next } = neighbours(year, years);
  const sorted = [...years].sort((a, b) => b - a);
  const labels = sorted.map((y) => t('records.year.label', { year: y }));
  const step = (target: number | undefined, label: string, text: string) => (
    <View
      className={target === undefined ? 'rec-year__step rec-year__step--off' : 'rec-year__step'}
      {...a11y({ role: 'button' })}
      aria-label={target === undefined ? label : `${label}: ${target}`}
      aria-disabled={target === undefined}
      onClick={() => target !== undefined && onChange(target)}
    >
      <Text>{text}</Text>
    </View>
  );
  return (
    <View className="rec-year">
      {step(prev, t('records.year.prev'), prev === undefined ? '‹' : `‹ ${prev}`)}
      <Picker mode="selector" range={labels} textProps={{ okText: t('common.confirm'), cancelText: t('common.cancel') }} value={Math.max(0, sorted.indexOf(year))} onChange={(e) => onChange(sorted[Number(e.detail.value)] ?? year)}>
        <View className="rec-year__current" {...a11y({ role: 'button' })} aria-label={`${t('records.year.pick')}: ${t('records.year.label', { year })}`}>
          <Text>{`${t('records.year.label', { year })} ▾`}</Text>
        </View>
      </Picker>
      {step(next, t('records.year.next'), next === undefined ? '›' : `${next} ›`)}
    </View>
  );
}
