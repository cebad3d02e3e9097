import { SmsCodeSchema } from '@ssc/shared';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Banner } from '../../../components/Banner';
import { Button } from '../../../components/Button';
import { classifyPasswordFailure } from '../../../components/card/logic/password-errors';
import { NewPassword, type Rejected } from '../../../components/card/NewPassword';
import { Field } from '../../../components/Field';
import { useI18n } from '../../../i18n';
import { resetPassword, sendPasswordResetCode } from '../../../services/api/card';

/** A code sent to the phone on file, then the new password twice; a locked password unlocks. */
export function ResetFlow({ onDone }: { onDone(): void }) {
  const { t, errorText } = useI18n();
  const [step, setStep] = useState<'code' | 'new'>('code');
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [tried, setTried] = useState(false);
  const [rejected, setRejected] = useState<Rejected | null>(null);

  useEffect(() => {
    if (wait <= 0) return undefined;
    const timer = setTimeout(() => setWait((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const codeOk = SmsCodeSchema.safeParse(code).success;

  async function send() {
    setBusy(true);
    setError(undefined);
    try {
      const sent = await sendPasswordResetCode();
      setSentTo(sent.phoneMasked);
      setWait(sent.resendInSeconds);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  async function save(newPassword: string) {
    setBusy(true);
    setError(undefined);
    try {
      await resetPassword({ code, newPassword });
      onDone();
    } catch (failure) {
      const what = classifyPasswordFailure(failure);
      if (what.kind === 'rules') setRejected({ value: newPassword, rules: what.rules });
      else {
        if (what.kind === 'code') setStep('code');
        setError(errorText(failure));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <View>
      {error ? <Banner tone="error">{error}</Banner> : null}
      {step === 'code' ? (
        <View>
          {sentTo ? <Banner>{t('card.pw.codeSent', { phone: sentTo })}</Banner> : null}
          <Button kind="secondary" disabled={wait > 0} loading={busy} onClick={() => void send()}>
            {wait > 0 ? t('card.pw.resendIn', { seconds: wait }) : t('card.pw.sendCode')}
          </Button>
          <Field label={t('card.pw.code')} value={code} onChange={setCode} type="number" maxlength={6} placeholder={t('card.pw.codePlaceholder')} error={tried && !codeOk ? t('card.pw.codeInvalid') : undefined} />
          <Button onClick={() => (codeOk ? setStep('new') : setTried(true))}>
            {t('card.pw.next')}
          </Button>
        </View>
      ) : (
        <NewPassword onSave={(password) => void save(password)} busy={busy} rejected={rejected} />
      )}
    </View>
  );
}
