import type { Me } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/Button';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { openPage } from '../../services/navigation';
import { ROUTES } from '../../services/routes';

/** Who is signed in (masked name), or what to do first: sign in, or bind. */
export function Greeting({ me }: { me: Me | null }) {
  const { t } = useI18n();
  if (!me) {
    return (
      <Section>
        <Text className="home__prompt">{t('account.home.signInPrompt')}</Text>
        <Button onClick={() => void openPage(ROUTES.login)}>{t('me.signIn')}</Button>
      </Section>
    );
  }
  if (!me.person) {
    return (
      <Section title={t('account.home.bindTitle')}>
        <Text className="home__prompt">{t('account.home.bindPrompt')}</Text>
        <Button onClick={() => void openPage(ROUTES.bind)}>{t('account.home.bindNow')}</Button>
      </Section>
    );
  }
  return (
    <View className="home__person">
      <Text className="home__hello">{t('account.home.hello', { name: me.person.name })}</Text>
      <Text className="muted">{me.person.city}</Text>
    </View>
  );
}
