import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { openPage } from '../../../services/navigation';
import { routeUrl } from '../../../services/routes';
import { useElder } from '../../../state/elder';
import { a11y } from '../../a11y';
import type { MonthRow } from '../lib/months';
import { capitalize, rangeText } from '../lib/texts';
import './index.scss';

/**
 * One row per month, newest first; a tap opens the record. Elder mode keeps the month, the status
 * and the two amounts, and leaves the rest to the record's page.
 */
export function MonthList({ rows }: { rows: readonly MonthRow[] }) {
  const i18n = useI18n();
  const { t, month, money } = i18n;
  const { elder } = useElder();
  // A month with two records of the type (work injury from two employers) names each one's employer,
  // elder mode too: otherwise the two rows would read the same.
  const periods = rows.flatMap((row) => (row.kind === 'record' ? [row.period] : []));
  const shared = new Set(periods.filter((period, i) => periods.indexOf(period) !== i));
  return (
    <View className="rec-months" {...a11y({ role: 'list' })}>
      {rows.map((row) => {
        if (row.kind === 'gap') {
          return (
            <View key={row.period} className="rec-months__row rec-months__row--gap" {...a11y({ role: 'listitem' })}>
              <Text className="rec-months__period">{rangeText(i18n, row)}</Text>
              <Text>{t('records.list.gap')}</Text>
            </View>
          );
        }
        const r = row.record;
        const amounts = { personal: money(r.personal), employer: money(r.employer) };
        const title = shared.has(r.period) && r.employerName ? `${capitalize(month(r.period))} · ${r.employerName}` : capitalize(month(r.period));
        return (
          <View
            key={r.id}
            className="rec-months__row"
            {...a11y({ role: 'link' })}
            aria-label={t('records.list.row', { month: title, status: t(`records.status.${r.status}`), ...amounts })}
            onClick={() => void openPage(routeUrl('recordDetail', { id: r.id }))}
          >
            <View className="rec-months__head">
              <Text className="rec-months__period">{title}</Text>
              <Text className={`rec-months__status rec-months__status--${r.status}`}>{t(`records.status.${r.status}`)}</Text>
            </View>
            <Text>{t('records.amounts', amounts)}</Text>
            {elder ? null : (
              <Text className="muted rec-months__more">
                {`${t('records.field.base')} ${money(r.base)} · ${r.employerName ?? t('records.payer.flexible')} · ${r.place.city}${r.place.district}`}
              </Text>
            )}
          </View>
        );
      })}
    </View>
  );
}
