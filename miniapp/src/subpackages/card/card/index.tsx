import { CardView } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { Banner } from '../../../components/Banner';
import { Button } from '../../../components/Button';
import { CardFace } from '../../../components/card/CardFace';
import { CardStatus } from '../../../components/card/CardStatus';
import { LockedNotice } from '../../../components/card/LockedNotice';
import { QrPanel } from '../../../components/card/QrPanel';
import { useReveal } from '../../../components/card/useReveal';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { getCard } from '../../../services/api/card';
import { snapshots } from '../../../services/client';
import { ApiError } from '../../../services/errors';
import { openPage } from '../../../services/navigation';
import { ROUTES, routeUrl } from '../../../services/routes';
import { CardSheets, type SheetKind } from './sheets';
import './index.scss';

/** The electronic card: its face behind the eye toggle, the dynamic QR code, loss report, password. */
export default function CardPage() {
  const { t } = useI18n();
  const loaded = useResource(getCard, { offline: { key: 'card', schema: CardView } });
  // The answer of a loss report or lift is the new card view: shown until the next load.
  const [updated, setUpdated] = useState<CardView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sheet, setSheet] = useState<SheetKind | null>(null);
  const reveal = useReveal();
  const shown = useRef(false);

  useEffect(() => setUpdated(null), [loaded.data]);
  // Back from the password page (or the background): the password state may have changed.
  useDidShow(() => {
    if (shown.current) loaded.retry();
    shown.current = true;
  });
  // A dialog left open for another page (the password change it offers) is stale on return.
  useDidHide(() => setSheet(null));

  const resource = { ...loaded, data: updated ?? loaded.data };
  const apply = (view: CardView, message: string) => {
    snapshots.save('card', view);
    setUpdated(view);
    setNotice(message);
    setSheet(null);
  };

  // No card at all is not a failure to load: say so, and offer what comes next.
  if (loaded.status === 'error' && loaded.error instanceof ApiError && loaded.error.code === 'CARD_NOT_FOUND') {
    return (
      <Page title="card.title">
        <Section title={t('card.none.title')}>
          <Text className="card-page__hint">{t('card.none.text')}</Text>
          <Button onClick={() => void openPage(routeUrl('apply', { kind: 'new' }))}>{t('card.none.apply')}</Button>
          <Button kind="secondary" onClick={() => void openPage(ROUTES.applications)}>
            {t('card.none.applications')}
          </Button>
        </Section>
      </Page>
    );
  }

  return (
    <Page title="card.title">
      <PageState resource={resource}>
        {(card) => (
          <View>
            {notice ? <Banner>{notice}</Banner> : null}
            {card.password.mustChange ? (
              <View>
                <Banner tone="warning">{t('card.mustChange.text')}</Banner>
                <Button onClick={() => void openPage(routeUrl('cardPassword', { mode: 'change' }))}>{t('card.mustChange.action')}</Button>
              </View>
            ) : null}
            {card.password.locked ? <LockedNotice /> : null}
            <CardFace card={card} revealed={reveal.revealed} hidesIn={reveal.secondsLeft} onToggle={() => (reveal.revealed ? reveal.hide() : setSheet('reveal'))} />
            <Section title={t('card.qr.title')}>
              <QrPanel card={card} onRefused={loaded.retry} />
            </Section>
            <Section title={t('card.status.title')}>
              <CardStatus card={card} now={Date.now()} onReportLoss={() => setSheet('loss')} onLiftLoss={() => setSheet('lift')} />
            </Section>
            <Section title={t('card.password')}>
              <Text className="card-page__hint muted">{t('card.password.hint')}</Text>
              <Button kind="secondary" onClick={() => void openPage(routeUrl('cardPassword', { mode: 'change' }))}>
                {t('card.password.change')}
              </Button>
              <Button kind="secondary" onClick={() => void openPage(routeUrl('cardPassword', { mode: 'reset' }))}>
                {t('card.password.reset')}
              </Button>
            </Section>
            <CardSheets
              sheet={sheet}
              card={card}
              onClose={() => setSheet(null)}
              onRevealed={(values) => {
                reveal.show(values);
                setSheet(null);
              }}
              onCardChanged={apply}
              onPasswordState={loaded.retry}
            />
          </View>
        )}
      </PageState>
    </Page>
  );
}
