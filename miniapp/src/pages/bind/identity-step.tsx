import { checkIdNumber } from '@ssc/shared';
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { startBinding } from '../../services/api/binding';
import { ApiError } from '../../services/errors';
import { idNumberHint } from './id-hint';
import { idHintText } from './id-hint-text';
import type { BindingForm, CodeSent } from './steps';

interface IdentityStepProps {
  consentVersion: string;
  /** The earlier answers when the person comes back to this step. */
  initial?: BindingForm;
  message?: string;
  onSent(form: BindingForm, sent: CodeSent): void;
  /** The notice changed since the person agreed: back to it. */
  onConsentChanged(message: string): void;
}

/** Step 2: name and ID number, checked as typed; the BFF then sends a code to the phone on file. */
export function IdentityStep({ consentVersion, initial, message, onSent, onConsentChanged }: IdentityStepProps) {
  const { t, errorText } = useI18n();
  const [name, setName] = useState(initial?.name ?? '');
  const [idNumber, setIdNumber] = useState(initial?.idNumber ?? '');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(message);

  const hint = idNumberHint(idNumber, tried);
  const nameOk = name.trim().length > 0;

  async function submit() {
    setTried(true);
    const check = checkIdNumber(idNumber);
    if (!nameOk || !check.ok) return;
    const form = { name: name.trim(), idNumber: check.value, consentVersion };
    setBusy(true);
    setError(undefined);
    try {
      const sent = await startBinding({ name: form.name, idNumber: form.idNumber, consent: { accepted: true, version: consentVersion } });
      onSent(form, sent);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'CONSENT_REQUIRED') onConsentChanged(failure.message);
      else setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('account.bind.identityTitle')}>
      <Text className="bind__steps">{t('account.bind.stepOf', { step: 2, total: 3 })}</Text>
      {error ? <Banner tone="error">{error}</Banner> : null}
      <Text className="bind__lead">{t('account.bind.identityLead')}</Text>
      <Field label={t('account.bind.name')} value={name} onChange={setName} maxlength={50} placeholder={t('account.bind.namePlaceholder')} error={tried && !nameOk ? t('account.bind.nameMissing') : undefined} />
      <Field
        label={t('account.bind.idNumber')}
        value={idNumber}
        onChange={setIdNumber}
        type="idcard"
        maxlength={20}
        placeholder={t('account.bind.idPlaceholder')}
        hint={t('account.bind.idHint')}
        error={hint ? idHintText(hint, t) : undefined}
      />
      <Button loading={busy} onClick={() => void submit()}>
        {t('account.bind.sendCode')}
      </Button>
    </Section>
  );
}
