import { RecordsSummary, RecordYears } from '@ssc/shared';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { pickYear, typeParam, yearParam } from '../../../components/records/lib/years';
import { TypeTabs } from '../../../components/records/TypeTabs';
import { YearStepper } from '../../../components/records/YearStepper';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { getRecordsSummary, getRecordYears } from '../../../services/api/records';
import { openPage } from '../../../services/navigation';
import { routeUrl } from '../../../services/routes';
import { YearRecords } from './year-records';

/** Month by month: a year (`?year=`) and a type (`?type=`), both changed in place. */
export default function RecordsListPage() {
  const { t } = useI18n();
  const { params } = useRouter();
  const [year, setYear] = useState(() => yearParam(params.year));
  const [type, setType] = useState(() => typeParam(params.type));
  const years = useResource(getRecordYears, { offline: { key: 'records.years', schema: RecordYears } });
  // For the gaps of the type: months with no record are shown in their place in the list.
  const summary = useResource(getRecordsSummary, { offline: { key: 'records.summary', schema: RecordsSummary } });
  const gaps = summary.data?.types.find((s) => s.type === type)?.gaps ?? [];

  return (
    <Page title="records.list">
      <PageState resource={years} isEmpty={(data) => data.years.length === 0} emptyText={t('records.summary.empty')}>
        {(data) => {
          const list = data.years.map((y) => y.year);
          const shown = pickYear(year, list) as number; // the list is not empty here
          return (
            <>
              <YearStepper year={shown} years={list} onChange={setYear} />
              <TypeTabs type={type} onChange={setType} />
              <YearRecords year={shown} type={type} gaps={gaps} />
              <Button kind="secondary" onClick={() => void openPage(routeUrl('recordsStatement', { year: shown }))}>
                {t('records.list.toStatement', { year: shown })}
              </Button>
            </>
          );
        }}
      </PageState>
    </Page>
  );
}
