import { PhoneSchema, SmsCodeSchema } from '@ssc/shared';
import { useState } from 'react';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { useCountdown } from '../../components/account/use-countdown';
import { useI18n } from '../../i18n';
import type { PlatformLogin } from '../../services/platform-login-types';
import { finishLogin } from './after-login';

/** H5: phone number, a code by SMS, then sign in. Checked with the shared schemas before sending. */
export function SmsLogin({ login }: { login: Extract<PlatformLogin, { kind: 'sms' }> }) {
  const { t, errorText } = useI18n();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const [wait, setWait] = useCountdown();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [tried, setTried] = useState(false);

  const phoneOk = PhoneSchema.safeParse(phone).success;
  const codeOk = SmsCodeSchema.safeParse(code).success;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  const sendCode = () =>
    run(async () => {
      const sent = await login.sendCode(phone);
      setSentTo(sent.phoneMasked);
      setWait(sent.resendInSeconds);
    });

  const signIn = () =>
    run(async () => {
      await finishLogin(await login.login(phone, code));
    });

  return (
    <>
      {error ? <Banner tone="error">{error}</Banner> : null}
      {sentTo ? <Banner>{t('login.codeSent', { phone: sentTo })}</Banner> : null}
      <Field label={t('login.phone')} value={phone} onChange={setPhone} type="number" maxlength={11} placeholder={t('login.phonePlaceholder')} error={tried && !phoneOk ? t('login.phoneInvalid') : undefined} />
      <Button kind="secondary" disabled={wait > 0 || busy} onClick={() => (phoneOk ? void sendCode() : setTried(true))}>
        {wait > 0 ? t('login.resendIn', { seconds: wait }) : t('login.sendCode')}
      </Button>
      <Field label={t('login.code')} value={code} onChange={setCode} type="number" maxlength={6} placeholder={t('login.codePlaceholder')} error={tried && sentTo && !codeOk ? t('login.codeInvalid') : undefined} />
      <Button loading={busy} onClick={() => (phoneOk && codeOk ? void signIn() : setTried(true))}>
        {t('login.submit')}
      </Button>
    </>
  );
}
