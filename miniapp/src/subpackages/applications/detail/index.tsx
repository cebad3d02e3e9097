import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Banner } from '../../../components/Banner';
import { Button } from '../../../components/Button';
import { useBankNames } from '../../../components/card/useBankName';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { isMoving, stageLabelKey, timelineSteps } from '../../../components/applications/stages';
import { Timeline } from '../../../components/applications/Timeline';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { cancelApplication, getApplication } from '../../../services/api/applications';
import { openPage } from '../../../services/navigation';
import { ROUTES } from '../../../services/routes';
import { Delivery } from './delivery';
import './index.scss';

/** How often an open page asks again while the application is still moving. */
const REFRESH_MS = 15_000;

/** One application: where it is now in plain words, what happened, what comes next, where to collect. */
export default function ApplicationDetailPage() {
  const { t, date, dateTime, errorText } = useI18n();
  const bankName = useBankNames();
  const id = useRouter().params.id ?? '';
  const application = useResource(() => getApplication(id), { deps: [id] });
  const [visible, setVisible] = useState(true);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<string>();
  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));

  const stage = application.data?.stage;
  useEffect(() => {
    if (!visible || !stage || !isMoving(stage)) return undefined;
    const timer = setInterval(application.retry, REFRESH_MS);
    return () => clearInterval(timer);
  }, [visible, stage, application.retry]);

  async function cancel() {
    const answer = await Taro.showModal({
      title: t('applications.detail.cancelTitle'),
      content: t('applications.detail.cancelText'),
      confirmText: t('applications.detail.cancelYes'),
      cancelText: t('applications.detail.cancelNo'),
    }).catch(() => ({ confirm: false }));
    if (!answer.confirm) return;
    setCancelling(true);
    setCancelError(undefined);
    try {
      await cancelApplication(id);
      void Taro.showToast({ title: t('applications.detail.cancelled'), icon: 'none' });
    } catch (error) {
      setCancelError(errorText(error));
    } finally {
      setCancelling(false);
      application.retry();
    }
  }

  return (
    <Page title="applications.detail">
      <PageState resource={application}>
        {(data) => (
          <View>
            <Section title={t('applications.detail.current')}>
              <Text className={`detail__stage detail__stage--${data.stage}`}>{t(stageLabelKey(data.stage, data.deliveryMethod))}</Text>
              <Text className="detail__explanation">{data.stageExplanation.text}</Text>
              <Text className="muted detail__small">{dateTime(data.stageChangedAt)}</Text>
              {isMoving(data.stage) ? (
                <Button kind="secondary" loading={application.refreshing} onClick={application.retry}>
                  {t('applications.detail.refresh')}
                </Button>
              ) : null}
            </Section>
            <Section title={t('applications.detail.timeline')}>
              <Timeline steps={timelineSteps(data)} method={data.deliveryMethod} />
            </Section>
            <Delivery application={data} />
            <Section title={t('applications.detail.summary')}>
              <View className="detail__pair">
                <Text className="muted">{t('applications.detail.kind')}</Text>
                <Text>{t(`applications.kind.${data.kind}`)}</Text>
              </View>
              <View className="detail__pair">
                <Text className="muted">{t('applications.detail.bank')}</Text>
                <Text>{bankName(data.bank.code, data.bank.name)}</Text>
              </View>
              <View className="detail__pair">
                <Text className="muted">{t('applications.detail.submittedAt')}</Text>
                <Text>{date(data.submittedAt)}</Text>
              </View>
            </Section>
            {cancelError ? <Banner tone="error">{cancelError}</Banner> : null}
            {data.canCancel ? (
              <Button kind="danger" loading={cancelling} onClick={() => void cancel()}>
                {t('applications.detail.cancel')}
              </Button>
            ) : null}
            {data.stage === 'activated' ? (
              <Button onClick={() => void openPage(ROUTES.card)}>{t('applications.detail.toCard')}</Button>
            ) : null}
            {!isMoving(data.stage) && data.stage !== 'activated' ? (
              <Button onClick={() => void openPage(ROUTES.apply)}>{t('applications.detail.applyAgain')}</Button>
            ) : null}
          </View>
        )}
      </PageState>
    </Page>
  );
}
