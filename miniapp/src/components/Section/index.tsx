import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { a11y } from '../a11y';
import './index.scss';

/** A titled white block: the unit pages are made of. */
export function Section({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <View className="ssc-section">
      {title ? (
        <Text className="ssc-section__title" {...a11y({ role: 'heading' })} aria-level={2}>
          {title}
        </Text>
      ) : null}
      {children}
    </View>
  );
}
