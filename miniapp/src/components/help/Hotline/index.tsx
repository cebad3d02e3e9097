import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { PhoneLink } from '../PhoneLink';
import './index.scss';

/** The national social security hotline, one tap to call. */
export const HOTLINE = '12333';

export function Hotline() {
  const { t } = useI18n();
  return (
    <View className="ssc-hotline">
      <View className="ssc-hotline__text">
        <Text className="ssc-hotline__title">{t('help.hotline')}</Text>
        <Text className="ssc-hotline__hint">{t('help.hotlineHint')}</Text>
      </View>
      <PhoneLink phone={HOTLINE} />
    </View>
  );
}
