import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import './index.scss';

interface SheetProps {
  title: string;
  onClose(): void;
  children?: ReactNode;
}

/**
 * A dialog rising from the bottom over a dimmed page: the password prompt and the loss
 * confirmation. Our own rather than showModal, whose buttons take 4 Chinese characters at most on
 * WeChat and which cannot hold a keypad.
 */
export function Sheet({ title, onClose, children }: SheetProps) {
  const { t } = useI18n();
  return (
    <View className="ssc-sheet" catchMove>
      <View className="ssc-sheet__backdrop" onClick={onClose} aria-hidden />
      <View className="ssc-sheet__panel" {...a11y({ role: 'dialog' })} aria-modal aria-label={title}>
        <View className="ssc-sheet__head">
          <Text className="ssc-sheet__title" {...a11y({ role: 'heading' })} aria-level={2}>
            {title}
          </Text>
          <View className="ssc-sheet__close" {...a11y({ role: 'button' })} aria-label={t('card.sheet.close')} onClick={onClose}>
            <Text aria-hidden>✕</Text>
          </View>
        </View>
        {children}
      </View>
    </View>
  );
}
