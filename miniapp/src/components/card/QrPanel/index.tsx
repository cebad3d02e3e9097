import type { CardView } from '@ssc/shared';
import { Image, Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { useI18n } from '../../../i18n';
import { ApiError } from '../../../services/errors';
import { Banner } from '../../Banner';
import { Button } from '../../Button';
import { a11y } from '../../a11y';
import { qrRefusal, refusalOf, type QrRefusalKey } from '../logic/card-state';
import { useQrCode } from '../useQrCode';
import './index.scss';

/** Why there is no code, in the person's words, for a card that is not (or no longer) usable. */
function Refused({ reason }: { reason: QrRefusalKey }) {
  const { t } = useI18n();
  return (
    <View className="ssc-qr__refused" {...a11y({ role: 'status' })}>
      <Text className="ssc-qr__refused-title">{t('card.qr.refusedTitle')}</Text>
      <Text>{t(reason)}</Text>
    </View>
  );
}

interface QrPanelProps {
  card: Pick<CardView, 'state' | 'expired'>;
  /** The BFF refused a code the card view allowed: the card changed, so the page loads it again. */
  onRefused?(): void;
}

/** The dynamic QR code with its countdown and refresh, or why there is none. */
export function QrPanel({ card, onRefused }: QrPanelProps) {
  const { t, errorText } = useI18n();
  const known = qrRefusal(card);
  const qr = useQrCode(known === null);
  // The card changed since it was loaded (lost on another phone, or its expiry passed): the BFF says how.
  const refusedBy = qr.error instanceof ApiError && qr.error.code === 'CARD_NOT_USABLE' ? refusalOf(qr.error.details) : undefined;
  // Once per refusal (each comes as a new error); `onRefused` must be stable, like a resource's retry.
  useEffect(() => {
    if (refusedBy) onRefused?.();
  }, [qr.error, refusedBy, onRefused]);
  if (known) return <Refused reason={known} />;
  if (refusedBy) return <Refused reason={refusedBy} />;
  return (
    <View className="ssc-qr">
      <Text className="muted">{t('card.qr.hint')}</Text>
      <View className="ssc-qr__frame">
        {qr.image ? (
          <Image className={qr.expired ? 'ssc-qr__image ssc-qr__image--expired' : 'ssc-qr__image'} src={qr.image} mode="aspectFit" {...a11y({ role: 'img' })} aria-label={t('card.qr.alt')} />
        ) : (
          <View className="ssc-qr__placeholder" {...a11y({ role: 'status' })} aria-busy={qr.loading}>
            <Text className="muted">{qr.loading ? t('card.qr.loading') : ''}</Text>
          </View>
        )}
      </View>
      {qr.expired ? <Banner tone="warning">{t('card.qr.expired')}</Banner> : null}
      {qr.error && !qr.expired ? <Banner tone="error">{errorText(qr.error)}</Banner> : null}
      {qr.secondsLeft !== null && !qr.expired ? (
        <Text className="ssc-qr__countdown" aria-hidden>
          {t('card.qr.refreshIn', { seconds: qr.secondsLeft })}
        </Text>
      ) : null}
      {/* A fresh arrow on purpose: Taro's H5 button drops a handler that is taken away while
          loading and then given back unchanged (its syncEvent keeps the old entry), so a stable
          callback would stop working after the first load. */}
      <Button kind="secondary" loading={qr.loading} onClick={() => qr.refresh()}>
        {t('card.qr.refresh')}
      </Button>
    </View>
  );
}
