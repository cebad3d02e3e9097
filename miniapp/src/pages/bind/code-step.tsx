import { SmsCodeSchema, type MaskedPerson } from '@ssc/shared';
import { Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { useCountdown } from '../../components/account/use-countdown';
import { useI18n } from '../../i18n';
import { confirmBinding, startBinding } from '../../services/api/binding';
import { session } from '../../services/client';
import { ApiError } from '../../services/errors';
import type { BindingForm, CodeSent } from './steps';

interface CodeStepProps {
  form: BindingForm;
  sent: CodeSent;
  onBound(person: MaskedPerson): void;
  /** The pending binding ran out: back to the form, with the reason. */
  onRestart(message: string): void;
}

/** Step 3: the code sent to the phone the agency holds for the person (shown masked). */
export function CodeStep({ form, sent, onBound, onRestart }: CodeStepProps) {
  const { t, errorText } = useI18n();
  const [phone, setPhone] = useState(sent.phoneMasked);
  const [code, setCode] = useState('');
  const [wait, setWait] = useCountdown();
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => setWait(sent.resendInSeconds), [sent, setWait]);

  const codeOk = SmsCodeSchema.safeParse(code).success;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'BINDING_NOT_STARTED') onRestart(failure.message);
      else setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  // Starting again with the same answers sends a new code (the BFF keeps the cooldown).
  const resend = () =>
    run(async () => {
      const again = await startBinding({ name: form.name, idNumber: form.idNumber, consent: { accepted: true, version: form.consentVersion } });
      setPhone(again.phoneMasked);
      setWait(again.resendInSeconds);
    });

  const confirm = () =>
    run(async () => {
      const person = await confirmBinding({ code });
      const stored = session.current();
      if (stored) session.save({ ...stored, bound: true });
      onBound(person);
    });

  return (
    <Section title={t('account.bind.codeTitle')}>
      <Text className="bind__steps">{t('account.bind.stepOf', { step: 3, total: 3 })}</Text>
      {error ? <Banner tone="error">{error}</Banner> : null}
      <Text className="bind__lead">{t('account.bind.codeSentTo')}</Text>
      <Text className="bind__phone">{phone}</Text>
      <Field
        label={t('login.code')}
        value={code}
        onChange={setCode}
        type="number"
        maxlength={6}
        placeholder={t('login.codePlaceholder')}
        hint={t('account.bind.codeHint')}
        error={tried && !codeOk ? t('login.codeInvalid') : undefined}
      />
      <Button loading={busy} onClick={() => (codeOk ? void confirm() : setTried(true))}>
        {t('account.bind.confirm')}
      </Button>
      <Button kind="secondary" disabled={wait > 0 || busy} onClick={() => void resend()}>
        {wait > 0 ? t('login.resendIn', { seconds: wait }) : t('account.bind.resend')}
      </Button>
    </Section>
  );
}
