import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import { badgeText } from '../../components/messages/badge';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n';
import { countUnread } from '../../services/api/notifications';
import { openPage } from '../../services/navigation';
import { ROUTES } from '../../services/routes';

/**
 * The way to the message centre, with the unread count as a badge (none at 0). `shown` changes
 * each time home is shown again (useMe's useDidShow), so coming back after reading updates it.
 * A failed count just shows no badge: the entry itself still works.
 */
export function MessagesEntry({ shown }: { shown: number }) {
  const { t } = useI18n();
  const count = useResource(() => countUnread().then((answer) => answer.unread), { deps: [shown] });
  const unread = count.data ?? 0;
  const badge = badgeText(unread);
  return (
    <View
      className="home__messages"
      {...a11y({ role: 'link' })}
      aria-label={unread > 0 ? t('messages.entryUnread', { count: unread }) : t('messages.entryNone')}
      onClick={() => void openPage(ROUTES.messages)}
    >
      <Text className="home__messages-glyph">✉</Text>
      <View className="home__messages-text">
        <Text className="home__messages-title">{t('messages.entry')}</Text>
        <Text className="muted home__messages-hint">{t('messages.entryHint')}</Text>
      </View>
      {badge ? <Text className="home__badge">{badge}</Text> : null}
      <Text className="home__messages-arrow">›</Text>
    </View>
  );
}
