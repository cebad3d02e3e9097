import { INSURANCE_TYPES, type InsuranceType } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import './index.scss';

/** One tab per insurance type, in the usual order. */
export function TypeTabs({ type, onChange }: { type: InsuranceType; onChange(type: InsuranceType): void }) {
  const { t } = useI18n();
  return (
    <View className="rec-tabs" {...a11y({ role: 'tablist' })} aria-label={t('records.list.tabs')}>
      {INSURANCE_TYPES.map((option) => (
        <View
          key={option}
          className={option === type ? 'rec-tabs__tab rec-tabs__tab--current' : 'rec-tabs__tab'}
          {...a11y({ role: 'tab' })}
          aria-selected={option === type}
          aria-label={t(`records.type.${option}`)}
          onClick={() => onChange(option)}
        >
          <Text>{t(`records.tab.${option}`)}</Text>
        </View>
      ))}
    </View>
  );
}
