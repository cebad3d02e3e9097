import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { a11y } from '../../../components/a11y';
import { stageLabelKey } from '../../../components/applications/stages';
import { Button } from '../../../components/Button';
import { useBankNames } from '../../../components/card/useBankName';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { listApplications } from '../../../services/api/applications';
import { openPage } from '../../../services/navigation';
import { ROUTES, routeUrl } from '../../../services/routes';
import './index.scss';

/** The person's applications, newest first (the BFF's order), each opening its progress. */
export default function ApplicationsPage() {
  const { t, date } = useI18n();
  const bankName = useBankNames();
  const applications = useResource(listApplications);
  // Coming back from the form or a cancelled application: show the list as it is now.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) applications.retry();
    shown.current = true;
  });

  return (
    <Page title="applications.list">
      <Button onClick={() => void openPage(ROUTES.apply)}>{t('applications.new')}</Button>
      <PageState resource={applications} isEmpty={(data) => data.applications.length === 0} emptyText={t('applications.empty')}>
        {(data) => (
          <Section title={t('applications.list')}>
            <View className="apps__list" {...a11y({ role: 'list' })}>
              {data.applications.map((application) => (
                <View
                  key={application.id}
                  className="apps__item"
                  {...a11y({ role: 'link' })}
                  aria-label={`${t(`applications.kind.${application.kind}`)}, ${t(stageLabelKey(application.stage, application.deliveryMethod))}, ${t('applications.open')}`}
                  onClick={() => void openPage(routeUrl('applicationDetail', { id: application.id }))}
                >
                  <View className="apps__row">
                    <Text className="apps__kind">{t(`applications.kind.${application.kind}`)}</Text>
                    <Text className={`apps__stage apps__stage--${application.stage}`}>{t(stageLabelKey(application.stage, application.deliveryMethod))}</Text>
                  </View>
                  <Text className="muted apps__line">{bankName(application.bank.code, application.bank.name)}</Text>
                  <Text className="muted apps__line">{t('applications.submittedOn', { date: date(application.submittedAt) })}</Text>
                </View>
              ))}
            </View>
          </Section>
        )}
      </PageState>
    </Page>
  );
}
