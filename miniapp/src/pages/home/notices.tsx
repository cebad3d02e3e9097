import { View } from '@tarojs/components';
import { Notice } from '../../components/account/notice';
import { applicationsSeen } from '../../components/account/stores';
import { useI18n } from '../../i18n';
import { openPage } from '../../services/navigation';
import { ROUTES, routeUrl } from '../../services/routes';
import { homeBanners, type HomeBanner } from './banners';
import type { NoticeData } from './use-notices';

/** The status banners: a lost or expired card, a password to change, an application that moved on. */
export function Notices({ data }: { data: NoticeData }) {
  const { t, date } = useI18n();
  const banners = homeBanners({ ...data, seenUpTo: applicationsSeen.get(), now: new Date() });
  if (banners.length === 0) return null;

  const render = (banner: HomeBanner) => {
    switch (banner.kind) {
      case 'temporaryLoss':
        return (
          <Notice
            key={banner.kind}
            tone="warning"
            text={banner.liftsAt ? t('account.home.temporaryLossUntil', { date: date(banner.liftsAt) }) : t('account.home.temporaryLoss')}
            action={t('account.home.openCard')}
            onClick={() => void openPage(ROUTES.card)}
          />
        );
      case 'formalLoss':
        return <Notice key={banner.kind} tone="error" text={t('account.home.formalLoss')} action={t('account.home.openCard')} onClick={() => void openPage(ROUTES.card)} />;
      case 'cardExpired':
        return (
          <Notice
            key={banner.kind}
            tone="error"
            text={t('account.home.cardExpired', { date: date(banner.expiresAt) })}
            action={t('account.home.applyRenewal')}
            onClick={() => void openPage(routeUrl('apply', { kind: 'renewal' }))}
          />
        );
      case 'passwordMustChange':
        return <Notice key={banner.kind} tone="warning" text={t('account.home.mustChange')} action={t('account.home.changePassword')} onClick={() => void openPage(ROUTES.cardPassword)} />;
      case 'applicationMoved':
        return (
          <Notice
            key={banner.kind}
            tone="info"
            text={t('account.home.applicationMoved', { date: date(banner.stageChangedAt) })}
            action={t('account.home.viewProgress')}
            onClick={() => {
              applicationsSeen.markSeen(banner.stageChangedAt);
              void openPage(routeUrl('applicationDetail', { id: banner.applicationId }));
            }}
          />
        );
    }
  };
  return <View>{banners.map(render)}</View>;
}
