import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { LocaleSwitch } from '../../components/LocaleSwitch';
import { Page } from '../../components/Page';
import { PageState } from '../../components/PageState';
import { Section } from '../../components/Section';
import { Toggle } from '../../components/account/toggle';
import { useMe } from '../../components/account/use-me';
import { useI18n } from '../../i18n';
import { logout } from '../../services/api/auth';
import { openPage } from '../../services/navigation';
import { ROUTES } from '../../services/routes';
import { useElder } from '../../state/elder';
import { AccessLog } from './access-log';
import { Account } from './account';
import { Unbind } from './unbind';
import './index.scss';

/** The account, settings (language and elder mode apply at once), data access, privacy, sign-out. */
export default function MePage() {
  const { t } = useI18n();
  const { elder, setElder } = useElder();
  const { me } = useMe();
  const [leaving, setLeaving] = useState(false);
  const signedIn = me.data != null;
  const bound = me.data?.bound === true;

  const signOut = () => {
    setLeaving(true);
    // Signed out locally even when the server cannot be reached (services/api/auth.ts).
    void logout()
      .catch(() => undefined)
      .then(() => Taro.reLaunch({ url: ROUTES.login }))
      .finally(() => setLeaving(false));
  };

  return (
    <Page title="me.title" tab>
      <Section title={t('account.me.account')}>
        <PageState resource={me}>
          {(data) =>
            data ? (
              <Account me={data} />
            ) : (
              <>
                <Text className="muted me__label">{t('me.signedOut')}</Text>
                <Button onClick={() => void openPage(ROUTES.login)}>{t('me.signIn')}</Button>
              </>
            )
          }
        </PageState>
      </Section>
      <Section title={t('me.settings')}>
        <Text className="me__label">{t('language.label')}</Text>
        <LocaleSwitch />
        <Toggle label={t('elder.label')} hint={t('elder.hint')} on={elder} onChange={setElder} />
      </Section>
      {bound ? (
        <Section title={t('messages.section')}>
          <Button kind="secondary" onClick={() => void openPage(ROUTES.messages)}>
            {t('messages.list')}
          </Button>
          <Button kind="secondary" onClick={() => void openPage(ROUTES.messageSettings)}>
            {t('messages.settings')}
          </Button>
        </Section>
      ) : null}
      {bound ? (
        <Section title={t('account.access.title')}>
          <AccessLog />
        </Section>
      ) : null}
      <Section title={t('account.me.privacyTitle')}>
        <Button kind="secondary" onClick={() => void openPage(ROUTES.privacy)}>
          {t('me.privacy')}
        </Button>
        {bound ? <Unbind /> : null}
      </Section>
      {signedIn ? (
        <Button kind="secondary" loading={leaving} onClick={signOut}>
          {t('me.signOut')}
        </Button>
      ) : null}
    </Page>
  );
}
