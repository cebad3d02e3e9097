import type { CardView } from '@ssc/shared';
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { Banner } from '../../../components/Banner';
import { Button } from '../../../components/Button';
import type { Revealed } from '../../../components/card/CardFace';
import { REVEAL_SECONDS } from '../../../components/card/logic/reveal';
import { PasswordSheet } from '../../../components/card/PasswordSheet';
import { Sheet } from '../../../components/card/Sheet';
import { useI18n } from '../../../i18n';
import { liftLoss, reportLoss, revealCard } from '../../../services/api/card';

export type SheetKind = 'reveal' | 'lift' | 'loss';

interface CardSheetsProps {
  sheet: SheetKind | null;
  card: CardView;
  onClose(): void;
  onRevealed(values: Revealed): void;
  onCardChanged(view: CardView, message: string): void;
  onPasswordState(): void;
}

/** The temporary loss report, confirmed first with what it does and how it ends. */
function LossConfirm({ onClose, onDone }: { onClose(): void; onDone(view: CardView): void }) {
  const { t, errorText } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await reportLoss());
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };
  return (
    <Sheet title={t('card.loss.confirmTitle')} onClose={onClose}>
      <Text className="card-page__hint">{t('card.loss.confirmText')}</Text>
      {error ? <Banner tone="error">{error}</Banner> : null}
      <Button kind="danger" loading={busy} onClick={() => void confirm()}>
        {t('card.loss.confirm')}
      </Button>
      <Button kind="secondary" onClick={onClose}>
        {t('common.cancel')}
      </Button>
    </Sheet>
  );
}

/** Whichever dialog of the card page is open: password for reveal or lift, or the loss confirmation. */
export function CardSheets({ sheet, card, onClose, onRevealed, onCardChanged, onPasswordState }: CardSheetsProps) {
  const { t } = useI18n();
  const blocked = card.password.locked ? 'locked' : card.password.mustChange ? 'mustChange' : null;
  if (sheet === 'loss') return <LossConfirm onClose={onClose} onDone={(view) => onCardChanged(view, t('card.loss.done'))} />;
  if (sheet === 'reveal') {
    return (
      <PasswordSheet
        title={t('card.sheet.revealTitle')}
        text={t('card.sheet.revealText', { seconds: REVEAL_SECONDS })}
        blocked={blocked}
        onSubmit={async (password) => onRevealed(await revealCard(password))}
        onClose={onClose}
        onPasswordState={onPasswordState}
      />
    );
  }
  if (sheet === 'lift') {
    return (
      <PasswordSheet
        title={t('card.sheet.liftTitle')}
        text={t('card.sheet.liftText')}
        blocked={blocked}
        onSubmit={async (password) => onCardChanged(await liftLoss(password), t('card.loss.lifted'))}
        onClose={onClose}
        onPasswordState={onPasswordState}
      />
    );
  }
  return null;
}
