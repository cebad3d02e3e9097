import { CardView } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { LockedNotice } from '../../../components/card/LockedNotice';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { getCard } from '../../../services/api/card';
import { ROUTES } from '../../../services/routes';
import { ChangeFlow } from './change-flow';
import { ResetFlow } from './reset-flow';
import './index.scss';

type Mode = 'change' | 'reset';

/** Back to the card, which reloads itself on show; opened directly (a shared link), go there. */
function backToCard(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: ROUTES.card });
}

/**
 * The service password: the first change away from 123456, a change with the old password, and a
 * reset by SMS code (which also unlocks). `?mode=reset` opens the reset.
 */
export default function CardPasswordPage() {
  const { t } = useI18n();
  const { params } = useRouter();
  const [mode, setMode] = useState<Mode>(params.mode === 'reset' ? 'reset' : 'change');
  const [done, setDone] = useState<string | null>(null);
  const card = useResource(getCard, { offline: { key: 'card', schema: CardView } });

  if (done) {
    return (
      <Page title="card.password">
        <Section title={done}>
          <Text className="card-password__intro">{t('card.pw.doneHint')}</Text>
          <Button onClick={backToCard}>{t('card.pw.back')}</Button>
        </Section>
      </Page>
    );
  }
  return (
    <Page title="card.password">
      <PageState resource={card}>
        {(data) => {
          const first = mode === 'change' && data.password.mustChange;
          const title = mode === 'reset' ? 'card.pw.resetTitle' : first ? 'card.pw.firstTitle' : 'card.pw.changeTitle';
          return (
            <View>
              <Section title={t(title)}>
                {first ? <Text className="card-password__intro">{t('card.pw.firstText')}</Text> : null}
                {mode === 'reset' ? <Text className="card-password__intro">{t('card.pw.resetText')}</Text> : null}
                {mode === 'change' && data.password.locked ? <LockedNotice onReset={() => setMode('reset')} /> : null}
                {mode === 'change' && !data.password.locked ? <ChangeFlow first={first} onDone={() => setDone(t('card.pw.changed'))} onReset={() => setMode('reset')} /> : null}
                {mode === 'reset' ? <ResetFlow onDone={() => setDone(t('card.pw.resetDone'))} /> : null}
              </Section>
              {/* On first use there is no old password to forget: 123456 is sent for the person. */}
              {mode === 'change' && !first ? (
                <Button kind="secondary" onClick={() => setMode('reset')}>
                  {t('card.pw.toReset')}
                </Button>
              ) : null}
              {mode === 'reset' ? (
                <Button kind="secondary" onClick={() => setMode('change')}>
                  {t('card.pw.toChange')}
                </Button>
              ) : null}
            </View>
          );
        }}
      </PageState>
    </Page>
  );
}
