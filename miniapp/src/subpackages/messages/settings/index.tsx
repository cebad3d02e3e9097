import { NOTICE_KINDS } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { Banner } from '../../../components/Banner';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { Toggle } from '../../../components/account/toggle';
import { useI18n } from '../../../i18n';
import { usePreferences, type Channel } from './use-preferences';
import './index.scss';

const CHANNELS: readonly Channel[] = ['platform', 'sms'];

/** Per kind of notice, whether it also comes as a platform message and by SMS; each switch saves itself. */
export default function MessageSettingsPage() {
  const { t, errorText } = useI18n();
  const { loaded, prefs, choose, saving, failure, done } = usePreferences();
  const channelText = (channel: Channel) => (channel === 'platform' ? t('messages.platform') : t('messages.sms'));
  const channelHint = (channel: Channel) => (channel === 'platform' ? t('messages.platformHint') : t('messages.smsHint'));

  return (
    <Page title="messages.settings">
      <Text className="muted msgset__lead">{t('messages.settingsLead')}</Text>
      <View aria-live="polite">
        {failure ? <Banner tone="error">{errorText(failure)}</Banner> : null}
        {done && !saving && !failure ? <Banner tone="info">{t('messages.saved')}</Banner> : null}
      </View>
      <PageState resource={loaded}>
        {() =>
          prefs ? (
            <View>
              {NOTICE_KINDS.map((kind) => (
                <Section key={kind} title={t(`messages.kind.${kind}`)}>
                  {CHANNELS.map((channel) => (
                    <Toggle
                      key={channel}
                      label={channelText(channel)}
                      hint={channelHint(channel)}
                      accessibleLabel={t('messages.switchLabel', { kind: t(`messages.kind.${kind}`), channel: channelText(channel) })}
                      on={prefs.kinds[kind][channel]}
                      onChange={(on) => void choose(kind, channel, on)}
                    />
                  ))}
                </Section>
              ))}
            </View>
          ) : null
        }
      </PageState>
    </Page>
  );
}
