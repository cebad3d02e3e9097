import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { a11y } from '../../a11y';
import './index.scss';

interface ChoiceProps {
  title: string;
  selected: boolean;
  onSelect(): void;
  /** Lines under the title: when the option applies, a branch's address and hours. */
  children?: ReactNode;
}

/** One option of a single choice (kind, bank, branch, delivery): a large card, read as a radio button. */
export function Choice({ title, selected, onSelect, children }: ChoiceProps) {
  return (
    <View className={selected ? 'ssc-choice ssc-choice--selected' : 'ssc-choice'} {...a11y({ role: 'radio' })} aria-checked={selected} aria-label={title} onClick={onSelect}>
      <View className="ssc-choice__head">
        <Text className="ssc-choice__mark" aria-hidden>
          {selected ? '●' : '○'}
        </Text>
        <Text className="ssc-choice__title">{title}</Text>
      </View>
      {children ? <View className="ssc-choice__body">{children}</View> : null}
    </View>
  );
}

/** Groups the options of one question so a screen reader announces them together. */
export function ChoiceGroup({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <View className="ssc-choice-group" {...a11y({ role: 'radiogroup' })} aria-label={label}>
      {children}
    </View>
  );
}
