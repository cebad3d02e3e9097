import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { Button } from '../Button';
import { Section } from '../Section';
import './privacy-screen.scss';

interface PrivacyScreenProps {
  /** The policy's name as the platform knows it (WeChat's privacy guide), else ours. */
  policyName?: string;
  onOpenPolicy(): void;
  /** The agree button: ours on H5 and Alipay, WeChat's open-type button on WeChat. */
  agree: ReactNode;
  onDecline(): void;
}

/** What the app will ask for and why, before it asks for anything (the privacy agreement). */
export function PrivacyScreen({ policyName, onOpenPolicy, agree, onDecline }: PrivacyScreenProps) {
  const { t } = useI18n();
  const items = [t('account.privacy.itemLogin'), t('account.privacy.itemIdentity'), t('account.privacy.itemServices')];
  return (
    <Section title={t('account.privacy.title')}>
      <Text className="acc-privacy__lead">{t('account.privacy.lead')}</Text>
      <View className="acc-privacy__list">
        {items.map((item) => (
          <Text key={item} className="acc-privacy__item">{`• ${item}`}</Text>
        ))}
      </View>
      <Text className="acc-privacy__lead">{t('account.privacy.rights')}</Text>
      <Button kind="secondary" onClick={onOpenPolicy}>
        {policyName ? t('account.privacy.readNamed', { name: policyName }) : t('account.privacy.read')}
      </Button>
      {agree}
      <Button kind="secondary" onClick={onDecline}>
        {t('account.privacy.decline')}
      </Button>
    </Section>
  );
}
