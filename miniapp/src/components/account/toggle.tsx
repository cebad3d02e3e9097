import { Text, View } from '@tarojs/components';
import { a11y } from '../a11y';
import './toggle.scss';

interface ToggleProps {
  label: string;
  hint?: string;
  /** The name read out, when the visible label needs its context (e.g. the same switch under several headings). */
  accessibleLabel?: string;
  on: boolean;
  onChange(on: boolean): void;
}

/** An on/off setting as one row: label and hint on the left, the switch on the right. */
export function Toggle({ label, hint, accessibleLabel, on, onChange }: ToggleProps) {
  return (
    <View className="acc-toggle" {...a11y({ role: 'switch' })} aria-checked={on} aria-label={accessibleLabel ?? label} onClick={() => onChange(!on)}>
      <View className="acc-toggle__text">
        <Text>{label}</Text>
        {hint ? <Text className="muted acc-toggle__hint">{hint}</Text> : null}
      </View>
      <View className={on ? 'acc-toggle__track acc-toggle__track--on' : 'acc-toggle__track'}>
        <View className="acc-toggle__thumb" />
      </View>
    </View>
  );
}
