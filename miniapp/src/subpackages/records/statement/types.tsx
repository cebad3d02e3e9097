import type { AnnualStatement } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../i18n';

type Types = z.infer<typeof AnnualStatement>['types'];

/** Each type's year in two lines: months and base, then who paid what. */
export function StatementTypes({ types }: { types: Types }) {
  const { t, money, yearsMonths } = useI18n();
  return (
    <View className="rec-statement__types">
      {types.map((type) => {
        const length = yearsMonths({ years: 0, months: type.monthsPaid });
        const base = type.base === null ? null : type.base.min === type.base.max ? money(type.base.min) : t('records.statement.baseRange', { min: money(type.base.min), max: money(type.base.max) });
        return (
          <View key={type.type} className="rec-statement__type">
            <Text className="rec-statement__type-name" {...a11y({ role: 'heading' })} aria-level={3}>
              {t(`records.type.${type.type}`)}
            </Text>
            <Text className="muted">{base === null ? length : t('records.statement.typeLine', { length, base })}</Text>
            <Text>{t('records.amounts', { personal: money(type.personal), employer: money(type.employer) })}</Text>
          </View>
        );
      })}
    </View>
  );
}
