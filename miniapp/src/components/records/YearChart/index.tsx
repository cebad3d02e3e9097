import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import { Button } from '../../Button';
import { chartBars, type YearFigures } from '../lib/chart';
import './index.scss';

/**
 * Contributions by year as stacked bars (personal below, employer above), drawn with plain views
 * to keep the node count low. Every figure is also text: each bar is labelled with its year's
 * figures, the selected year is written under the chart, and the whole series can be listed.
 */
export function YearChart({ years }: { years: readonly YearFigures[] }) {
  const { t, money, yearsMonths } = useI18n();
  const bars = useMemo(() => chartBars(years), [years]);
  const [selected, setSelected] = useState(() => bars.at(-1)?.year);
  const [list, setList] = useState(false);
  // A year's months, never "1 year": the chart is about years already.
  const length = (y: YearFigures) => yearsMonths({ years: 0, months: y.months });
  const amounts = (y: YearFigures) => ({ personal: money(y.personal), employer: money(y.employer), total: money(y.total) });
  const describe = (y: YearFigures) => t('records.chart.bar', { year: y.year, length: length(y), ...amounts(y) });
  const current = bars.find((b) => b.year === selected);

  return (
    <View className="rec-chart">
      <View className="rec-chart__legend" aria-hidden>
        <View className="rec-chart__key rec-chart__key--personal" />
        <Text>{t('records.chart.personal')}</Text>
        <View className="rec-chart__key rec-chart__key--employer" />
        <Text>{t('records.chart.employer')}</Text>
      </View>
      <View className="rec-chart__plot" {...a11y({ role: 'group' })} aria-label={t('records.chart.title')}>
        {bars.map((bar) => (
          <View
            key={bar.year}
            className={bar.year === selected ? 'rec-chart__bar rec-chart__bar--selected' : 'rec-chart__bar'}
            {...a11y({ role: 'button' })}
            aria-label={describe(bar)}
            aria-pressed={bar.year === selected}
            onClick={() => setSelected(bar.year)}
          >
            <View className="rec-chart__seg rec-chart__seg--employer" style={{ height: `${bar.employerPct}%` }} />
            <View className="rec-chart__seg rec-chart__seg--personal" style={{ height: `${bar.personalPct}%` }} />
            {bar.labelled ? <Text className="rec-chart__label" aria-hidden>{String(bar.year)}</Text> : null}
          </View>
        ))}
      </View>
      {current ? (
        <Text className="rec-chart__current" {...a11y({ role: 'status' })}>
          {describe(current)}
        </Text>
      ) : null}
      <Text className="muted rec-chart__hint">{t('records.chart.hint')}</Text>
      <Button kind="secondary" onClick={() => setList(!list)}>
        {list ? t('records.chart.hideTable') : t('records.chart.showTable')}
      </Button>
      {list ? (
        <View className="rec-chart__list" {...a11y({ role: 'list' })}>
          {[...bars].reverse().map((bar) => (
            <View key={bar.year} className="rec-chart__row" {...a11y({ role: 'listitem' })}>
              <Text className="rec-chart__row-year">{t('records.chart.year', { year: bar.year, length: length(bar) })}</Text>
              <Text>{t('records.amountsTotal', amounts(bar))}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
