import type { NotificationItem } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../i18n';

/** One notice: unread ones carry a dot and the word "unread" (not colour alone), and say so aloud. */
export function MessageItem({ item, onOpen }: { item: NotificationItem; onOpen(): void }) {
  const { t, dateTime } = useI18n();
  const time = dateTime(item.createdAt);
  const label = item.read ? t('messages.itemRead', { title: item.title, time }) : t('messages.itemUnread', { title: item.title, time });
  return (
    <View
      className={item.read ? 'msgs__item' : 'msgs__item msgs__item--unread'}
      {...a11y({ role: 'link' })}
      aria-label={`${label}. ${item.body}`}
      onClick={onOpen}
    >
      <View className="msgs__row">
        {item.read ? null : <View className="msgs__dot" />}
        <Text className="msgs__title">{item.title}</Text>
        {item.read ? null : <Text className="msgs__tag">{t('messages.unread')}</Text>}
      </View>
      {item.body ? (
        <Text className="msgs__body">{item.body}</Text>
      ) : null}
      <Text className="muted msgs__time">{time}</Text>
    </View>
  );
}
