import { Button as TaroButton } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { ROUTES } from '../../services/routes';
import { PrivacyScreen } from './privacy-screen';

type GateState = { step: 'checking' } | { step: 'ask'; contract: string } | { step: 'agreed' };

/**
 * WeChat: since 2023-09-15 the person must agree to the mini-program's privacy guide (declared in
 * the WeChat console, ID number included) before privacy APIs run. getPrivacySetting says whether
 * they still have to; the agree button is WeChat's own (open-type agreePrivacyAuthorization), which
 * records the agreement with WeChat. Base libraries without the API have no such rule.
 */
export function PrivacyGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [state, setState] = useState<GateState>({ step: 'checking' });
  useEffect(() => {
    if (typeof Taro.getPrivacySetting !== 'function') {
      setState({ step: 'agreed' });
      return;
    }
    Taro.getPrivacySetting({
      success: (setting) => setState(setting.needAuthorization ? { step: 'ask', contract: setting.privacyContractName } : { step: 'agreed' }),
      fail: () => setState({ step: 'agreed' }), // the login's requirePrivacyAuthorize still asks
    });
  }, []);

  if (state.step === 'checking') return null;
  if (state.step === 'agreed') return <>{children}</>;
  return (
    <PrivacyScreen
      policyName={state.contract}
      onOpenPolicy={() => Taro.openPrivacyContract({})}
      onDecline={() => void Taro.reLaunch({ url: ROUTES.home })}
      agree={
        <TaroButton
          id="agree-privacy"
          className="ssc-button ssc-button--primary"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={() => setState({ step: 'agreed' })}
          aria-label={t('account.privacy.agree')}
        >
          {t('account.privacy.agree')}
        </TaroButton>
      }
    />
  );
}
