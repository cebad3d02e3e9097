import type { CardView } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import { statusKey } from '../logic/card-state';
import { groupIdNumber } from '../logic/reveal';
import { useBankName } from '../useBankName';
import './index.scss';

export interface Revealed {
  cardNumber: string;
  name: string;
  idNumber: string;
}

interface CardFaceProps {
  card: CardView;
  /** The unmasked values while shown; null shows the masked ones. */
  revealed: Revealed | null;
  /** Seconds until the unmasked values hide again. */
  hidesIn: number;
  onToggle(): void;
}

function Row({ label, value, lang, digits = false }: { label: string; value: string; lang?: string; digits?: boolean }) {
  return (
    <View className="ssc-cardface__row">
      <Text className="ssc-cardface__label">{label}</Text>
      <Text className={digits ? 'ssc-cardface__value ssc-cardface__value--digits' : 'ssc-cardface__value'} {...a11y({ lang })}>
        {value}
      </Text>
    </View>
  );
}

/** The card as printed, masked by default, with the "eye" toggle behind the service password. */
export function CardFace({ card, revealed, hidesIn, onToggle }: CardFaceProps) {
  const { t, date } = useI18n();
  const name = revealed?.name ?? card.holder.name;
  const bank = useBankName(card.bank);
  return (
    <View className="ssc-cardface">
      <View className="ssc-cardface__top">
        <Text className="ssc-cardface__kind">{t('card.face.label')}</Text>
        <Text className="ssc-cardface__bank">{bank}</Text>
      </View>
      <Text className="ssc-cardface__city" {...a11y({ lang: 'zh-CN' })}>
        {card.city}
      </Text>
      <Row label={t('card.face.name')} value={name} lang="zh-CN" />
      <Row label={t('card.face.idNumber')} value={revealed ? groupIdNumber(revealed.idNumber) : card.holder.idNumber} digits />
      <Row label={t('card.face.cardNumber')} value={revealed?.cardNumber ?? card.cardNumber} digits />
      <Row label={t('card.face.issuedAt')} value={date(card.issuedAt)} />
      <Row label={t('card.face.expiresAt')} value={date(card.expiresAt)} />
      <Row label={t('card.face.state')} value={t(statusKey(card))} />
      <View className="ssc-cardface__bottom">
        {revealed ? <Text className="ssc-cardface__timer">{t('card.face.hidesIn', { seconds: hidesIn })}</Text> : <View />}
        <View className="ssc-cardface__eye" {...a11y({ role: 'button' })} aria-pressed={Boolean(revealed)} aria-label={revealed ? t('card.face.hide') : t('card.face.show')} onClick={onToggle}>
          <Text>{revealed ? t('card.face.hide') : t('card.face.show')}</Text>
        </View>
      </View>
    </View>
  );
}
