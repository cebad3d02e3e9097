import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { useI18n } from '../../i18n';
import { unbind } from '../../services/api/binding';
import { session } from '../../services/client';
import { ROUTES } from '../../services/routes';

/**
 * Unbinding, after the person has read what it means: the BFF withdraws the ID-number consent and
 * ends every session of the account, so this device signs out too and starts over at login.
 */
export function Unbind() {
  const { t, errorText } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm() {
    setBusy(true);
    setError(undefined);
    try {
      await unbind();
      session.clear();
      await Taro.reLaunch({ url: ROUTES.login });
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  if (!asking) {
    return (
      <Button kind="secondary" onClick={() => setAsking(true)}>
        {t('account.unbind.start')}
      </Button>
    );
  }
  return (
    <View className="me__confirm" aria-live="polite">
      <Text className="me__confirm-title">{t('account.unbind.title')}</Text>
      {[t('account.unbind.effectSignOut'), t('account.unbind.effectConsent'), t('account.unbind.effectData'), t('account.unbind.effectAgain')].map((line) => (
        <Text key={line} className="me__line">{`• ${line}`}</Text>
      ))}
      {error ? <Banner tone="error">{error}</Banner> : null}
      <Button kind="danger" loading={busy} onClick={() => void confirm()}>
        {t('account.unbind.confirm')}
      </Button>
      <Button kind="secondary" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </Button>
    </View>
  );
}
