import { INITIAL_PASSWORD } from '@ssc/shared';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { Banner } from '../../../components/Banner';
import { Button } from '../../../components/Button';
import { LockedNotice } from '../../../components/card/LockedNotice';
import { classifyPasswordFailure } from '../../../components/card/logic/password-errors';
import { PIN_LENGTH } from '../../../components/card/logic/pin';
import { NewPassword, type Rejected } from '../../../components/card/NewPassword';
import { PinPad } from '../../../components/card/PinPad';
import { useI18n } from '../../../i18n';
import { changePassword } from '../../../services/api/card';

/**
 * Old password, then the new one twice. On first use the old one is the initial 123456, which the
 * person is not asked to type; should the card say otherwise (a stale copy), they are asked after all.
 */
export function ChangeFlow({ first, onDone, onReset }: { first: boolean; onDone(): void; onReset(): void }) {
  const { t, errorText } = useI18n();
  const [askOld, setAskOld] = useState(!first);
  const [step, setStep] = useState<'old' | 'new'>(first ? 'new' : 'old');
  const [old, setOld] = useState(first ? INITIAL_PASSWORD : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [rejected, setRejected] = useState<Rejected | null>(null);
  const [locked, setLocked] = useState(false);

  async function save(newPassword: string) {
    setBusy(true);
    setError(undefined);
    try {
      await changePassword({ oldPassword: old, newPassword });
      onDone();
    } catch (failure) {
      const what = classifyPasswordFailure(failure);
      if (what.kind === 'rules') setRejected({ value: newPassword, rules: what.rules });
      else if (what.kind === 'locked') setLocked(true);
      else if (what.kind === 'wrongOld') {
        setAskOld(true);
        setOld('');
        setStep('old');
        setError(what.attemptsLeft === undefined ? errorText(failure) : t('card.sheet.wrong', { count: what.attemptsLeft }));
      } else setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  if (locked) return <LockedNotice onReset={onReset} />;
  return (
    <View>
      {error ? <Banner tone="error">{error}</Banner> : null}
      {step === 'old' && askOld ? (
        <View>
          <PinPad label={t('card.pw.old')} value={old} onChange={setOld} />
          <Button disabled={old.length !== PIN_LENGTH} onClick={() => setStep('new')}>
            {t('card.pw.next')}
          </Button>
        </View>
      ) : (
        <NewPassword onSave={(password) => void save(password)} busy={busy} rejected={rejected} />
      )}
    </View>
  );
}
