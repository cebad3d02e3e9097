import type { PasswordRule } from '@ssc/shared';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n';
import { Banner } from '../../Banner';
import { Button } from '../../Button';
import { brokenRules, ruleStatuses } from '../logic/password-rules';
import { PIN_LENGTH } from '../logic/pin';
import { PasswordRules } from '../PasswordRules';
import { PinPad } from '../PinPad';

export interface Rejected {
  value: string;
  rules: PasswordRule[];
}

interface NewPasswordProps {
  /** Sends the new password (typed twice alike); the flow above handles the answer. */
  onSave(password: string): void;
  busy: boolean;
  /** A password the BFF turned down (PASSWORD_RULES), with the rules it named: shown again to fix. */
  rejected: Rejected | null;
}

/** The new password, rules first, then typed again to be sure. */
export function NewPassword({ onSave, busy, rejected }: NewPasswordProps) {
  const { t } = useI18n();
  const [step, setStep] = useState<'new' | 'repeat'>('new');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [mismatch, setMismatch] = useState(false);

  useEffect(() => {
    if (!rejected) return;
    setStep('new');
    setFirst(rejected.value);
    setSecond('');
  }, [rejected]);

  const statuses = ruleStatuses(first, rejected && rejected.value === first ? rejected.rules : []);
  const firstOk = first.length === PIN_LENGTH && brokenRules(statuses).length === 0;

  if (step === 'new') {
    return (
      <View>
        {mismatch ? <Banner tone="error">{t('card.pw.mismatch')}</Banner> : null}
        <PasswordRules statuses={statuses} />
        <PinPad label={t('card.pw.new')} value={first} onChange={setFirst} />
        <Button
          disabled={!firstOk}
          onClick={() => {
            setMismatch(false);
            setStep('repeat');
          }}
        >
          {t('card.pw.next')}
        </Button>
      </View>
    );
  }

  const save = () => {
    if (second === first) {
      onSave(first);
      return;
    }
    setMismatch(true);
    setFirst('');
    setSecond('');
    setStep('new');
  };
  return (
    <View>
      <PinPad label={t('card.pw.repeat')} value={second} onChange={setSecond} disabled={busy} />
      <Button disabled={second.length !== PIN_LENGTH} loading={busy} onClick={save}>
        {t('card.pw.save')}
      </Button>
      <Button
        kind="secondary"
        onClick={() => {
          setFirst('');
          setSecond('');
          setStep('new');
        }}
      >
        {t('card.pw.restart')}
      </Button>
    </View>
  );
}
