import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PageState } from '../../components/PageState';
import { Section } from '../../components/Section';
import { ConsentCheck } from '../../components/account/consent-check';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n';
import { consentNotice } from '../../services/api/binding';
import { ROUTES } from '../../services/routes';

interface ConsentStepProps {
  /** Why the person is back here (the notice changed meanwhile). */
  message?: string;
  onAccept(version: string): void;
}

/**
 * Step 1: the ID-number notice (GET /consent/notice, in the person's language) and a consent of
 * its own, ticked by the person, before the ID number is asked for (PIPL arts. 29-30).
 */
export function ConsentStep({ message, onAccept }: ConsentStepProps) {
  const { t, locale } = useI18n();
  const notice = useResource(consentNotice, { deps: [locale] });
  const [accepted, setAccepted] = useState(false);
  return (
    <Section title={t('account.bind.title')}>
      <Text className="bind__steps">{t('account.bind.stepOf', { step: 1, total: 3 })}</Text>
      {message ? <Banner tone="warning">{message}</Banner> : null}
      <PageState resource={notice}>
        {(data) => (
          <View>
            <Text className="bind__lead">{t('account.bind.consentLead')}</Text>
            <View className="bind__notice" aria-label={data.title}>
              <Text className="bind__paragraph bind__notice-title">{data.title}</Text>
              {data.text.split('\n').map((paragraph) => (
                <Text key={paragraph} className="bind__paragraph">
                  {paragraph}
                </Text>
              ))}
            </View>
            <ConsentCheck checked={accepted} onChange={setAccepted}>
              {t('account.bind.consentCheck')}
            </ConsentCheck>
            <Button disabled={!accepted} onClick={() => onAccept(data.version)}>
              {t('account.bind.consentContinue')}
            </Button>
            <Button kind="secondary" onClick={() => void Taro.reLaunch({ url: ROUTES.home })}>
              {t('account.bind.later')}
            </Button>
          </View>
        )}
      </PageState>
    </Section>
  );
}
