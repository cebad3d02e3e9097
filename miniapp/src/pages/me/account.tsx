import type { Me } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/Button';
import { useI18n } from '../../i18n';
import { openPage } from '../../services/navigation';
import { ROUTES } from '../../services/routes';

/** The signed-in account: masked name, ID number and phone, or a prompt to bind. */
export function Account({ me }: { me: Me }) {
  const { t, date } = useI18n();
  if (!me.person) {
    return (
      <View className="me__person">
        <Text className="me__line">{t('me.notBound')}</Text>
        <Button onClick={() => void openPage(ROUTES.bind)}>{t('account.home.bindNow')}</Button>
      </View>
    );
  }
  const rows: [string, string][] = [
    [t('account.me.idNumber'), me.person.idNumber],
    [t('account.me.phone'), me.person.phone],
    [t('account.me.city'), me.person.city],
  ];
  return (
    <View className="me__person">
      <Text className="me__name">{me.person.name}</Text>
      {rows.map(([label, value]) => (
        <View key={label} className="me__pair">
          <Text className="muted">{label}</Text>
          <Text>{value}</Text>
        </View>
      ))}
      {me.consent ? <Text className="muted me__hint">{t('account.me.consentSince', { date: date(me.consent.acceptedAt) })}</Text> : null}
    </View>
  );
}
