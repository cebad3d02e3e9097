import type { InsuranceType } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { monthRows } from '../../../components/records/lib/months';
import { MonthList } from '../../../components/records/MonthList';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { getRecords } from '../../../services/api/records';
import './index.scss';

interface YearRecordsProps {
  year: number;
  type: InsuranceType;
  gaps: readonly { from: string; to: string }[];
}

/** One year of one type: its totals and its months, gaps in place. Revalidated by ETag. */
export function YearRecords({ year, type, gaps }: YearRecordsProps) {
  const { t, money } = useI18n();
  const records = useResource(() => getRecords({ year: String(year) }, type), { deps: [year, type] });
  return (
    <PageState
      resource={records}
      isEmpty={(data) => monthRows(data.records, year, gaps).length === 0}
      emptyText={t('records.list.empty', { year, type: t(`records.type.${type}`) })}
    >
      {(data) => {
        // The previous choice stays on screen while the next loads (dimmed, marked busy): say
        // which year and type the figures are of, not which are asked for.
        const shown = { year: Number(data.from.slice(0, 4)), type: data.type ?? type };
        return (
          <View style={{ opacity: records.refreshing ? 0.5 : 1 }} aria-busy={records.refreshing}>
            <Section title={`${t('records.year.label', { year: shown.year })} · ${t(`records.type.${shown.type}`)}`}>
              <Text className="rec-list__totals">
                {t('records.list.totals', { year: shown.year, personal: money(data.totals.personal), employer: money(data.totals.employer) })}
              </Text>
              <MonthList rows={monthRows(data.records, shown.year, shown.type === type ? gaps : [])} />
            </Section>
          </View>
        );
      }}
    </PageState>
  );
}
