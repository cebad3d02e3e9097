import Taro from '@tarojs/taro';
import { useState, type ReactNode } from 'react';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n';
import { getPrivacyPolicy } from '../../services/api/help';
import { openPage } from '../../services/navigation';
import { ROUTES } from '../../services/routes';
import { Button } from '../Button';
import { PageState } from '../PageState';
import { PrivacyScreen } from './privacy-screen';
import { privacyAgreement } from './stores';

/**
 * H5 and Alipay: the app's own agreement screen, shown before the login asks for anything (on H5
 * the phone number). The agreement is kept per policy version: a new version asks again.
 * WeChat has its own (privacy-gate.weapp.tsx).
 */
export function PrivacyGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const policy = useResource(getPrivacyPolicy);
  const [agreed, setAgreed] = useState(false);
  return (
    <PageState resource={policy}>
      {({ version }) =>
        agreed || privacyAgreement.agreedTo(version) ? (
          children
        ) : (
          <PrivacyScreen
            onOpenPolicy={() => void openPage(ROUTES.privacy)}
            onDecline={() => void Taro.reLaunch({ url: ROUTES.home })}
            agree={
              <Button
                onClick={() => {
                  privacyAgreement.agree(version);
                  setAgreed(true);
                }}
              >
                {t('account.privacy.agree')}
              </Button>
            }
          />
        )
      }
    </PageState>
  );
}
