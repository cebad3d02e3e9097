import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { session } from '../../services/client';
import { returnAfterLogin } from '../../services/navigation';
import { ROUTES } from '../../services/routes';
import { CodeStep } from './code-step';
import { ConsentStep } from './consent-step';
import { IdentityStep } from './identity-step';
import type { BindingStep } from './steps';
import './index.scss';

/** Real-name binding: links the signed-in account to the insured person (services/api/binding.ts). */
export default function BindPage() {
  const { t } = useI18n();
  const [state, setState] = useState<BindingStep>({ step: 'consent' });
  const signedIn = session.token() !== undefined;
  const toLogin = () => void Taro.reLaunch({ url: ROUTES.login });

  if (!signedIn) {
    return (
      <Page title="account.bind.title">
        <Section title={t('account.bind.title')}>
          <Text className="bind__lead">{t('account.bind.signInFirst')}</Text>
          <Button onClick={toLogin}>{t('me.signIn')}</Button>
        </Section>
      </Page>
    );
  }

  if (session.current()?.bound && state.step !== 'done') {
    return (
      <Page title="account.bind.title">
        <Section title={t('account.bind.title')}>
          <Text className="bind__lead">{t('account.bind.alreadyBound')}</Text>
          <Button onClick={() => void returnAfterLogin(session)}>{t('account.bind.continue')}</Button>
        </Section>
      </Page>
    );
  }

  return (
    <Page title="account.bind.title">
      {state.step === 'consent' ? <ConsentStep message={state.message} onAccept={(consentVersion) => setState({ step: 'identity', consentVersion })} /> : null}
      {state.step === 'identity' ? (
        <IdentityStep
          consentVersion={state.consentVersion}
          initial={state.form}
          message={state.message}
          onSent={(form, sent) => setState({ step: 'code', form, sent })}
          onConsentChanged={(message) => setState({ step: 'consent', message })}
        />
      ) : null}
      {state.step === 'code' ? (
        <CodeStep
          form={state.form}
          sent={state.sent}
          onBound={(person) => setState({ step: 'done', person })}
          onRestart={(message) => setState({ step: 'identity', consentVersion: state.form.consentVersion, form: state.form, message })}
        />
      ) : null}
      {state.step === 'done' ? (
        <Section title={t('account.bind.doneTitle')}>
          <Text className="bind__lead">{t('account.bind.done', { name: state.person.name })}</Text>
          <Button onClick={() => void returnAfterLogin(session)}>{t('account.bind.continue')}</Button>
        </Section>
      ) : null}
    </Page>
  );
}
