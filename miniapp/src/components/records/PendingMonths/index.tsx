import type { InsuranceType } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { capitalize, typeList } from '../lib/texts';
import './index.scss';

interface Pending {
  period: string;
  status: 'declared' | 'arrears';
  types: InsuranceType[];
  personal: number;
  employer: number;
}

/** Months declared but not received yet, or in arrears, each with what it means. */
export function PendingMonths({ pending }: { pending: readonly Pending[] }) {
  const i18n = useI18n();
  const { t, month, money } = i18n;
  const statuses = (['declared', 'arrears'] as const).filter((s) => pending.some((p) => p.status === s));
  return (
    <View className="rec-pending">
      {pending.map((p) => (
        <View key={`${p.period}|${p.status}`} className={`rec-pending__item rec-pending__item--${p.status}`}>
          <Text className="rec-pending__title">{t('records.pending.item', { month: capitalize(month(p.period)), status: t(`records.status.${p.status}`) })}</Text>
          <Text className="rec-pending__line">{typeList(i18n, p.types)}</Text>
          <Text className="rec-pending__line">{t('records.amounts', { personal: money(p.personal), employer: money(p.employer) })}</Text>
        </View>
      ))}
      {statuses.map((s) => (
        <Text key={s} className="muted rec-pending__help">
          {t(`records.statusHelp.${s}`)}
        </Text>
      ))}
    </View>
  );
}
