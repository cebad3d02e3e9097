import { Text, View } from '@tarojs/components';
import { a11y } from '../a11y';
import '../Banner/index.scss';
import './notice.scss';

interface NoticeProps {
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** What tapping does, e.g. "View progress". */
  action: string;
  onClick(): void;
}

/** A status banner that leads somewhere (Banner's look, one tap target): the whole banner is the target. */
export function Notice({ tone, text, action, onClick }: NoticeProps) {
  return (
    <View className={`ssc-banner ssc-banner--${tone} acc-notice`} {...a11y({ role: 'link' })} aria-label={`${text} ${action}`} onClick={onClick}>
      <Text className="acc-notice__text">{text}</Text>
      <Text className="acc-notice__action">{`${action} ›`}</Text>
    </View>
  );
}
