import { Text, View } from '@tarojs/components';
import { a11y } from '../a11y';
import './index.scss';

interface BannerProps {
  tone?: 'info' | 'warning' | 'error';
  children: string;
}

/** A message across the page: offline data, a locked password, a failed review. */
export function Banner({ tone = 'info', children }: BannerProps) {
  return (
    <View className={`ssc-banner ssc-banner--${tone}`} {...a11y({ role: tone === 'error' ? 'alert' : 'status' })}>
      <Text>{children}</Text>
    </View>
  );
}
