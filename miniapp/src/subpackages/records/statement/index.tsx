import { RecordYears } from '@ssc/shared';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { defaultStatementYear, yearParam } from '../../../components/records/lib/years';
import { YearStepper } from '../../../components/records/YearStepper';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { getRecordYears } from '../../../services/api/records';
import { StatementView } from './statement-view';

/** The annual personal rights statement (`?year=`, else the latest finished year). */
export default function RecordsStatementPage() {
  const { t } = useI18n();
  const requested = yearParam(useRouter().params.year);
  const [year, setYear] = useState(requested);
  const years = useResource(getRecordYears, { offline: { key: 'records.years', schema: RecordYears } });

  return (
    <Page title="records.statement">
      <PageState resource={years} isEmpty={(data) => data.years.length === 0} emptyText={t('records.summary.empty')}>
        {(data) => {
          const list = data.years.map((y) => y.year);
          const shown = year !== undefined && list.includes(year) ? year : (defaultStatementYear(list, new Date()) as number);
          return (
            <>
              <YearStepper year={shown} years={list} onChange={setYear} />
              <StatementView year={shown} />
            </>
          );
        }}
      </PageState>
    </Page>
  );
}
