import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import { dialable } from '../phone';
import './index.scss';

interface PhoneLinkProps {
  phone: string;
  /** What is shown; the number itself by default. */
  children?: string;
}

/** A phone number that calls when tapped (WeChat and Alipay ask before dialling). H5: index.h5.tsx. */
export function PhoneLink({ phone, children }: PhoneLinkProps) {
  const { t } = useI18n();
  return (
    <View className="ssc-phone" {...a11y({ role: 'link' })} aria-label={t('help.call', { phone })} onClick={() => void Taro.makePhoneCall({ phoneNumber: dialable(phone) }).catch(() => {})}>
      <Text className="ssc-phone__text">{children ?? phone}</Text>
    </View>
  );
}
