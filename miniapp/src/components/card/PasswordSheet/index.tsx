import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useI18n } from '../../../i18n';
import { ApiError } from '../../../services/errors';
import { openPage } from '../../../services/navigation';
import { routeUrl } from '../../../services/routes';
import { Banner } from '../../Banner';
import { Button } from '../../Button';
import { LockedNotice } from '../LockedNotice';
import { attemptsLeftFromDetails } from '../logic/password-rules';
import { PIN_LENGTH } from '../logic/pin';
import { PinPad } from '../PinPad';
import { Sheet } from '../Sheet';
import './index.scss';

interface PasswordSheetProps {
  title: string;
  /** What the password is for, said before it is typed. */
  text: string;
  /** Sends the password; resolves when it was accepted (the caller then closes the sheet). */
  onSubmit(password: string): Promise<void>;
  onClose(): void;
  /** Known before anything is typed (from the card view): say so instead of asking. */
  blocked?: Blocked;
  /** The password just locked or needs changing: the page reloads the card to show it. */
  onPasswordState?(): void;
}

export type Blocked = 'locked' | 'mustChange' | null;

/** Asks for the 6-digit service password and sends it as soon as six digits are in. */
export function PasswordSheet({ title, text, onSubmit, onClose, blocked: known = null, onPasswordState }: PasswordSheetProps) {
  const { t, errorText } = useI18n();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [blocked, setBlocked] = useState<Blocked>(known);

  async function submit(password: string) {
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(password);
    } catch (failure) {
      setValue('');
      if (failure instanceof ApiError && failure.code === 'PASSWORD_WRONG') {
        const count = attemptsLeftFromDetails(failure.details);
        setError(count === undefined ? errorText(failure) : t('card.sheet.wrong', { count }));
      } else if (failure instanceof ApiError && (failure.code === 'PASSWORD_LOCKED' || failure.code === 'PASSWORD_CHANGE_REQUIRED')) {
        setBlocked(failure.code === 'PASSWORD_LOCKED' ? 'locked' : 'mustChange');
        onPasswordState?.();
      } else {
        setError(errorText(failure));
      }
    } finally {
      setBusy(false);
    }
  }

  const type = (next: string) => {
    setValue(next);
    if (next.length === PIN_LENGTH && !busy) void submit(next);
  };

  return (
    <Sheet title={title} onClose={onClose}>
      {blocked === 'locked' ? <LockedNotice /> : null}
      {blocked === 'mustChange' ? (
        <View>
          <Banner tone="warning">{t('card.mustChange.text')}</Banner>
          <Button onClick={() => void openPage(routeUrl('cardPassword', { mode: 'change' }))}>{t('card.mustChange.action')}</Button>
        </View>
      ) : null}
      {blocked ? null : (
        <View>
          <Text className="ssc-pwsheet__text muted">{text}</Text>
          {error ? <Banner tone="error">{error}</Banner> : null}
          {busy ? <Banner>{t('card.sheet.checking')}</Banner> : null}
          <PinPad label={t('card.password')} value={value} onChange={type} disabled={busy} />
          <Button kind="secondary" onClick={() => void openPage(routeUrl('cardPassword', { mode: 'reset' }))}>
            {t('card.sheet.forgot')}
          </Button>
        </View>
      )}
    </Sheet>
  );
}
