import type { CardView } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { openPage } from '../../../services/navigation';
import { routeUrl } from '../../../services/routes';
import { Button } from '../../Button';
import { cardActions, statusKey } from '../logic/card-state';
import './index.scss';

interface CardStatusProps {
  card: CardView;
  now: number;
  onReportLoss(): void;
  onLiftLoss(): void;
}

/** The card's state in words and what can be done about it: loss report, lifting, replacement, renewal. */
export function CardStatus({ card, now, onReportLoss, onLiftLoss }: CardStatusProps) {
  const { t, date, dateTime } = useI18n();
  const actions = cardActions(card, now);
  return (
    <View className="ssc-cardstatus">
      <Text className="ssc-cardstatus__state">{t('card.status.current', { state: t(statusKey(card)) })}</Text>
      {card.state === 'S' && actions.renewal !== 'expired' ? <Text className="ssc-cardstatus__text">{t('card.status.notEnabled')}</Text> : null}
      {actions.reportLoss ? (
        <View>
          <Text className="ssc-cardstatus__text">{t('card.loss.explain')}</Text>
          <Button kind="danger" onClick={onReportLoss}>
            {t('card.loss.report')}
          </Button>
        </View>
      ) : null}
      {card.loss ? (
        <View>
          <Text className="ssc-cardstatus__text">{t('card.loss.reportedAt', { time: dateTime(card.loss.reportedAt) })}</Text>
          {card.loss.kind === 'temporary' && card.loss.liftsAt ? <Text className="ssc-cardstatus__text">{t('card.loss.liftsAt', { time: dateTime(card.loss.liftsAt) })}</Text> : null}
        </View>
      ) : null}
      {actions.liftLoss ? <Button onClick={onLiftLoss}>{t('card.loss.lift')}</Button> : null}
      {actions.replacement ? (
        <View>
          <Text className="ssc-cardstatus__text">{t('card.loss.formalText')}</Text>
          <Button onClick={() => void openPage(routeUrl('apply', { kind: 'replacement' }))}>{t('card.loss.replacement')}</Button>
        </View>
      ) : null}
      {card.state === 'G' || card.state === 'T' ? <Text className="ssc-cardstatus__text">{t('card.loss.finished')}</Text> : null}
      {actions.renewal === 'open' ? (
        <View>
          <Text className="ssc-cardstatus__text">{t('card.renewal.open', { date: date(card.expiresAt) })}</Text>
          <Button kind="secondary" onClick={() => void openPage(routeUrl('apply', { kind: 'renewal' }))}>
            {t('card.renewal.apply')}
          </Button>
        </View>
      ) : null}
      {actions.renewal === 'expired' ? (
        <View>
          <Text className="ssc-cardstatus__text">{t('card.renewal.expired', { date: date(card.expiresAt) })}</Text>
          <Button onClick={() => void openPage(routeUrl('apply', { kind: 'renewal' }))}>{t('card.renewal.apply')}</Button>
          <Text className="ssc-cardstatus__text muted">{t('card.renewal.expiredLoss')}</Text>
        </View>
      ) : null}
      {actions.renewal === 'later' ? <Text className="ssc-cardstatus__text muted">{t('card.renewal.later', { date: date(card.expiresAt), from: date(card.renewableFrom) })}</Text> : null}
    </View>
  );
}
