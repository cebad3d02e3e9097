import { Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Button } from '../../../components/Button';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Figures } from '../../../components/records/Figures';
import { formatRate } from '../../../components/records/lib/rate';
import { capitalize } from '../../../components/records/lib/texts';
import { Section } from '../../../components/Section';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { getRecord } from '../../../services/api/records';
import { openPage } from '../../../services/navigation';
import { routeUrl } from '../../../services/routes';

/** One monthly record (`?id=`): every field, what its status means, and where it was paid. */
export default function RecordDetailPage() {
  const { t, locale, month, money, dateTime } = useI18n();
  const id = useRouter().params.id ?? '';
  const record = useResource(() => getRecord(id), { deps: [id] });

  return (
    <Page title="records.detail">
      <PageState resource={record}>
        {(r) => {
          const year = r.period.slice(0, 4);
          const rate = (bp: number) => formatRate(bp, locale);
          return (
            <>
              <Section title={`${capitalize(month(r.period))} · ${t(`records.type.${r.type}`)}`}>
                <Figures
                  rows={[
                    { label: t('records.field.status'), value: t(`records.status.${r.status}`), strong: true },
                    { label: t('records.field.base'), value: money(r.base) },
                    { label: t('records.field.personal'), value: money(r.personal) },
                    { label: t('records.field.employer'), value: money(r.employer) },
                    { label: t('records.field.total'), value: money(r.total), strong: true },
                    { label: t('records.field.rates'), value: t('records.amounts', { personal: rate(r.rates.personal), employer: rate(r.rates.employer) }) },
                    { label: t('records.field.employerName'), value: r.employerName ?? t('records.payer.flexible') },
                    { label: t('records.field.place'), value: `${r.place.city} ${r.place.district}` },
                    { label: t('records.field.recordedAt'), value: dateTime(r.recordedAt) },
                  ]}
                />
                <Text className="muted">{t(`records.statusHelp.${r.status}`)}</Text>
              </Section>
              <Section>
                <Button kind="secondary" onClick={() => void openPage(routeUrl('recordsStatement', { year }))}>
                  {t('records.list.toStatement', { year })}
                </Button>
              </Section>
            </>
          );
        }}
      </PageState>
    </Page>
  );
}
