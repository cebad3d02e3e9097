import type { NotificationItem } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../../components/a11y';
import { Banner } from '../../../components/Banner';
import { Button } from '../../../components/Button';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { linkedPage } from '../../../components/messages/link';
import { useI18n } from '../../../i18n';
import { openPage } from '../../../services/navigation';
import { ROUTES } from '../../../services/routes';
import { MessageItem } from './item';
import { useInbox } from './use-inbox';
import './index.scss';

/** The message centre: every notice, newest first; tapping one marks it read and opens what it is about. */
export default function MessagesPage() {
  const { t, errorText } = useI18n();
  const { first, inbox, loadMore, loadingMore, readAll, read, failure } = useInbox();

  const open = async (item: NotificationItem) => {
    // Marked before leaving, so the list and the home badge agree when the person comes back.
    await read(item);
    const page = linkedPage(item.link.page);
    if (page) await openPage(page);
  };

  return (
    <Page title="messages.list">
      <PageState resource={first} isEmpty={(data) => data.notifications.length === 0} emptyText={t('messages.empty')}>
        {() =>
          inbox ? (
            <View>
              <View className="msgs__head">
                <Text className="msgs__count" {...a11y({ role: 'status' })}>
                  {inbox.unread > 0 ? t('messages.unreadCount', { count: inbox.unread }) : t('messages.allRead')}
                </Text>
              </View>
              {inbox.unread > 0 ? (
                <Button kind="secondary" onClick={() => void readAll()}>
                  {t('messages.markAllRead')}
                </Button>
              ) : null}
              {failure ? <Banner tone="error">{errorText(failure)}</Banner> : null}
              <Section>
                <View className="msgs__list" {...a11y({ role: 'list' })}>
                  {inbox.items.map((item) => (
                    <MessageItem key={item.id} item={item} onOpen={() => void open(item)} />
                  ))}
                </View>
              </Section>
              {inbox.nextCursor ? (
                <Button kind="secondary" loading={loadingMore} onClick={() => void loadMore()}>
                  {t('messages.loadMore')}
                </Button>
              ) : null}
            </View>
          ) : null
        }
      </PageState>
      <Button kind="secondary" onClick={() => void openPage(ROUTES.messageSettings)}>
        {t('messages.toSettings')}
      </Button>
    </Page>
  );
}
