import { PERSONAL_ACCOUNT_NOTE } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import { Figures } from '../Figures';
import { accountAsOfLines, type AccountBasis } from '../lib/accounts';
import './index.scss';

interface AccountFigures {
  balance: number;
  paidIn: number;
  paidOut: number;
  asOf: string;
  basis?: AccountBasis;
}

interface AccountsProps {
  pension: AccountFigures | null;
  medical: AccountFigures | null;
  /** The BFF's code for the reminder to give (PERSONAL_ACCOUNT_ONLY). */
  note: string;
}

/**
 * The pension and medical personal accounts, always with the reminder (PERSONAL_ACCOUNT_ONLY) that a
 * balance is the personal account alone, not everything paid: the commonest misreading.
 */
export function Accounts({ pension, medical, note }: AccountsProps) {
  const i18n = useI18n();
  const { t, money } = i18n;
  const accounts = [
    { key: 'pension', title: t('records.accounts.pension'), figures: pension },
    { key: 'medical', title: t('records.accounts.medical'), figures: medical },
  ];
  return (
    <View className="rec-accounts">
      {accounts.map(({ key, title, figures }) => (
        <View key={key} className="rec-accounts__account">
          <Text className="rec-accounts__title" {...a11y({ role: 'heading' })} aria-level={3}>
            {title}
          </Text>
          {figures ? (
            <>
              <Figures
                rows={[
                  { label: t('records.accounts.balance'), value: money(figures.balance), strong: true },
                  { label: t('records.accounts.paidIn'), value: money(figures.paidIn) },
                  { label: t('records.accounts.paidOut'), value: money(figures.paidOut) },
                ]}
              />
              {accountAsOfLines(i18n, figures).map((line) => (
                <Text key={line} className="muted rec-accounts__as-of">
                  {line}
                </Text>
              ))}
            </>
          ) : (
            <Text className="muted">{t('records.accounts.none')}</Text>
          )}
        </View>
      ))}
      {note === PERSONAL_ACCOUNT_NOTE ? (
        <View className="rec-accounts__note" {...a11y({ role: 'note' })}>
          <Text>{t('records.accounts.note')}</Text>
        </View>
      ) : null}
    </View>
  );
}
