import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { openPage } from '../../../services/navigation';
import { routeUrl } from '../../../services/routes';
import { Button } from '../../Button';
import { a11y } from '../../a11y';
import './index.scss';

/**
 * A locked service password and the two ways out the BFF names (`details.unlock`): a reset by SMS
 * code, which unlocks at once, or a service window with the ID card.
 */
export function LockedNotice({ onReset }: { onReset?: () => void }) {
  const { t } = useI18n();
  // On the password page itself the reset is a switch of mode, not another page on the stack.
  const reset = onReset ?? (() => void openPage(routeUrl('cardPassword', { mode: 'reset' })));
  return (
    <View className="ssc-locked" {...a11y({ role: 'alert' })}>
      <Text className="ssc-locked__title">{t('card.locked.title')}</Text>
      <Text className="ssc-locked__text">{t('card.locked.text')}</Text>
      <Button onClick={reset}>{t('card.locked.reset')}</Button>
    </View>
  );
}
