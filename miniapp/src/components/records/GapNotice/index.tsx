import type { InsuranceType } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import { openPage } from '../../../services/navigation';
import { routeUrl } from '../../../services/routes';
import type { GapGroup } from '../lib/summary';
import { rangeText, typeList } from '../lib/texts';
import './index.scss';

/**
 * Months missing between the first and the latest record: which ones, what that means for each
 * type concerned, and what the person can do about it.
 */
export function GapNotice({ groups, types }: { groups: readonly GapGroup[]; types: readonly InsuranceType[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (groups.length === 0) return <Text className="rec-gaps__none">{t('records.gaps.none')}</Text>;
  return (
    <View className="rec-gaps">
      <View className="rec-gaps__alert" {...a11y({ role: 'note' })}>
        <Text className="rec-gaps__intro">{t('records.gaps.intro')}</Text>
        {groups.map((group) => (
          <View key={group.types.join()} className="rec-gaps__group">
            <Text className="rec-gaps__types">{typeList(i18n, group.types)}</Text>
            {group.gaps.map((gap) => {
              const year = Number(gap.from.slice(0, 4));
              return (
                <View key={gap.from} className="rec-gaps__gap">
                  <Text className="rec-gaps__range">{rangeText(i18n, gap)}</Text>
                  <View
                    className="rec-gaps__see"
                    {...a11y({ role: 'link' })}
                    aria-label={t('records.gaps.see', { year })}
                    onClick={() => void openPage(routeUrl('recordsList', { year, type: group.types[0] }))}
                  >
                    <Text>{t('records.gaps.see', { year })}</Text>
                  </View>
                </View>
              );
            })}
          </View>
        ))}
      </View>
      <Text className="rec-gaps__heading" {...a11y({ role: 'heading' })} aria-level={3}>
        {t('records.gaps.meaningTitle')}
      </Text>
      {types.map((type) => (
        <Text key={type} className="rec-gaps__item">
          {t(`records.gaps.meaning.${type}`)}
        </Text>
      ))}
      <Text className="rec-gaps__heading" {...a11y({ role: 'heading' })} aria-level={3}>
        {t('records.gaps.todoTitle')}
      </Text>
      <Text className="rec-gaps__item">{t('records.gaps.todo.employer')}</Text>
      <Text className="rec-gaps__item">{t('records.gaps.todo.flexible')}</Text>
      <Text className="rec-gaps__item">{t('records.gaps.todo.window')}</Text>
    </View>
  );
}
