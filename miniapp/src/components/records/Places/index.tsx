import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { spanText } from '../lib/texts';
import { Figures } from '../Figures';

interface Place {
  city: string;
  firstPeriod: string;
  lastPeriod: string;
  months: number;
}

/** The cities paid in, in order; when there are several, that their records all count. */
export function Places({ places }: { places: readonly Place[] }) {
  const i18n = useI18n();
  const { t, yearsMonths } = i18n;
  return (
    <View>
      <Figures
        rows={places.map((p) => ({
          label: p.city,
          value: t('records.places.item', { span: spanText(i18n, p.firstPeriod, p.lastPeriod), length: yearsMonths(p.months) }),
        }))}
      />
      {places.length > 1 ? <Text className="muted">{t('records.places.moved', { count: places.length })}</Text> : null}
    </View>
  );
}
