import { useState } from 'react';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { useI18n } from '../../i18n';
import type { PlatformLogin } from '../../services/platform-login-types';
import { finishLogin } from './after-login';

/** WeChat and Alipay: one tap, after the privacy agreement (the page's PrivacyGate, then the platform's). */
export function OneTapLogin({ login }: { login: Extract<PlatformLogin, { kind: 'oneTap' }> }) {
  const { t, errorText } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function signIn() {
    setBusy(true);
    setError(undefined);
    try {
      if (!(await login.ensurePrivacy())) {
        setError(t('login.privacyDeclined'));
        return;
      }
      await finishLogin(await login.login());
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error ? <Banner tone="error">{error}</Banner> : null}
      <Button loading={busy} onClick={() => void signIn()}>
        {t('login.platform')}
      </Button>
    </>
  );
}
