import { Text } from '@tarojs/components';
import { a11y } from '../../../components/a11y';

/** A missing choice, said next to the question it belongs to. */
export function Problem({ text }: { text: string }) {
  return (
    <Text className="apply__problem" {...a11y({ role: 'alert' })}>
      {text}
    </Text>
  );
}
