import { Text } from '@tarojs/components';
import { Button } from '../../components/Button';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { PrivacyGate } from '../../components/account/privacy-gate';
import { useI18n } from '../../i18n';
import { openPage } from '../../services/navigation';
import { platformLogin } from '../../services/platform-login';
import { ROUTES } from '../../services/routes';
import { OneTapLogin } from './one-tap';
import { SmsLogin } from './sms-login';
import './index.scss';

/**
 * Signs in with the platform's own identity (WeChat, Alipay) or, on H5, a phone and SMS code;
 * the privacy agreement comes first, before anything personal is asked.
 */
export default function LoginPage() {
  const { t } = useI18n();
  return (
    <Page title="login.title">
      <PrivacyGate>
        <Section title={t('login.title')}>{platformLogin.kind === 'sms' ? <SmsLogin login={platformLogin} /> : <OneTapLogin login={platformLogin} />}</Section>
        <Text className="muted login__note">{t('account.login.next')}</Text>
        <Button kind="secondary" onClick={() => void openPage(ROUTES.privacy)}>
          {t('login.privacyLink')}
        </Button>
      </PrivacyGate>
    </Page>
  );
}
