import { Text, View } from '@tarojs/components';
import { a11y } from '../a11y';
import './consent-check.scss';

interface ConsentCheckProps {
  checked: boolean;
  onChange(checked: boolean): void;
  children: string;
}

/**
 * A consent the person gives by ticking it themselves: never ticked in advance (PIPL art. 29 asks
 * for a separate, explicit consent to sensitive data). The whole row is the target.
 */
export function ConsentCheck({ checked, onChange, children }: ConsentCheckProps) {
  return (
    <View
      className={checked ? 'acc-check acc-check--on' : 'acc-check'}
      {...a11y({ role: 'checkbox' })}
      aria-checked={checked}
      aria-label={children}
      onClick={() => onChange(!checked)}
    >
      <View className="acc-check__box">{checked ? <Text className="acc-check__tick">✓</Text> : null}</View>
      <Text className="acc-check__text">{children}</Text>
    </View>
  );
}
