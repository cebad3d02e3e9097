import { RecordsSummary, RecordYears } from '@ssc/shared';
import { Banner } from '../../../components/Banner';
import { Button } from '../../../components/Button';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { isEmptySummary } from '../../../components/records/lib/summary';
import { YearChart } from '../../../components/records/YearChart';
import { Section } from '../../../components/Section';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { getRecordsSummary, getRecordYears } from '../../../services/api/records';
import { openPage } from '../../../services/navigation';
import { ROUTES } from '../../../services/routes';
import { SummaryBody } from './body';

/** "My contributions": the overview first, then the chart by year and the ways into the details. */
export default function RecordsSummaryPage() {
  const { t, dateTime } = useI18n();
  const summary = useResource(getRecordsSummary, { offline: { key: 'records.summary', schema: RecordsSummary } });
  const years = useResource(getRecordYears, { offline: { key: 'records.years', schema: RecordYears } });
  const shown = summary.data !== undefined && !isEmptySummary(summary.data);

  return (
    <Page title="records.summary">
      <PageState resource={summary} isEmpty={isEmptySummary} emptyText={t('records.summary.empty')}>
        {(data) => <SummaryBody summary={data} />}
      </PageState>
      {shown && years.data && years.data.years.length > 0 ? (
        <Section title={t('records.chart.title')}>
          {years.staleAsOf && !summary.staleAsOf ? <Banner tone="warning">{t('common.offlineAsOf', { time: dateTime(years.staleAsOf) })}</Banner> : null}
          <YearChart years={years.data.years} />
        </Section>
      ) : null}
      {shown ? (
        <Section>
          <Button onClick={() => void openPage(ROUTES.recordsList)}>{t('records.summary.toList')}</Button>
          <Button kind="secondary" onClick={() => void openPage(ROUTES.recordsStatement)}>
            {t('records.summary.toStatement')}
          </Button>
        </Section>
      ) : null}
    </Page>
  );
}
