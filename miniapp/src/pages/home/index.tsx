import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import { LocaleSwitch } from '../../components/LocaleSwitch';
import { HOTLINE } from '../../components/help/Hotline';
import { PhoneLink } from '../../components/help/PhoneLink';
import { Page } from '../../components/Page';
import { PageState } from '../../components/PageState';
import { applicationsSeen } from '../../components/account/stores';
import { useMe } from '../../components/account/use-me';
import { useI18n } from '../../i18n';
import { openPage } from '../../services/navigation';
import { ROUTES } from '../../services/routes';
import { useElder } from '../../state/elder';
import { latestApplication } from './banners';
import { Greeting } from './greeting';
import { MessagesEntry } from './messages-entry';
import { Notices } from './notices';
import { Tiles } from './tiles';
import { useNotices } from './use-notices';
import './index.scss';

/**
 * The first screen: the tiles draw at once; /me loads first (who is signed in), the banners after
 * it and only for a bound person.
 */
export default function HomePage() {
  const { t } = useI18n();
  const { elder } = useElder();
  const { me, shown } = useMe();
  const notices = useNotices(me.data?.bound === true, shown);

  const openApplications = () => {
    const latest = latestApplication(notices.data?.applications ?? []);
    if (latest) applicationsSeen.markSeen(latest.stageChangedAt);
    void openPage(ROUTES.applications);
  };

  return (
    <Page title="home.title" tab>
      <View className="home__hero">
        <Text className="home__title" {...a11y({ role: 'heading' })} aria-level={1}>
          {t('home.title')}
        </Text>
        {elder ? null : <Text className="home__subtitle">{t('home.subtitle')}</Text>}
      </View>
      <PageState resource={me}>{(data) => <Greeting me={data} />}</PageState>
      {me.data?.bound === true ? <MessagesEntry shown={shown} /> : null}
      {notices.data ? <Notices data={notices.data} /> : null}
      <Tiles onApplications={openApplications} />
      <View className="home__hotline">
        <PhoneLink phone={HOTLINE}>{t('home.hotline')}</PhoneLink>
      </View>
      {elder ? null : <LocaleSwitch />}
    </Page>
  );
}
