import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import { PIN_LENGTH, PIN_ROWS, pressKey, type PinKey } from '../logic/pin';
import { useKeyboardKeys } from './keyboard';
import './index.scss';

interface PinPadProps {
  /** What is being typed ("Current service password"): shown above the cells and read with them. */
  label: string;
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
}

/**
 * Six masked cells and a phone-style keypad: no system keyboard (which may offer letters or keep
 * the digits in its suggestions) and large keys in elder mode. On H5 the physical keyboard types too.
 */
export function PinPad({ label, value, onChange, disabled = false }: PinPadProps) {
  const { t } = useI18n();
  const press = (key: PinKey) => {
    if (!disabled) onChange(pressKey(value, key));
  };
  useKeyboardKeys(!disabled, press);
  const cells = Array.from({ length: PIN_LENGTH }, (_, i) => i < value.length);
  return (
    <View className="ssc-pin">
      <Text className="ssc-pin__label">{label}</Text>
      <View className="ssc-pin__cells" {...a11y({ role: 'status' })} aria-label={t('card.pin.progress', { label, count: value.length })}>
        {cells.map((filled, i) => (
          <View key={i} className={filled ? 'ssc-pin__cell ssc-pin__cell--filled' : 'ssc-pin__cell'} aria-hidden>
            {filled ? <View className="ssc-pin__dot" /> : null}
          </View>
        ))}
      </View>
      <View className={disabled ? 'ssc-pin__pad ssc-pin__pad--disabled' : 'ssc-pin__pad'} {...a11y({ role: 'group' })} aria-label={label}>
        {PIN_ROWS.map((row, r) => (
          <View key={r} className="ssc-pin__row">
            {row.map((key, c) =>
              key === null ? (
                <View key={c} className="ssc-pin__key ssc-pin__key--blank" aria-hidden />
              ) : (
                <View
                  key={c}
                  className={key === 'delete' ? 'ssc-pin__key ssc-pin__key--delete' : 'ssc-pin__key'}
                  hoverClass="ssc-pin__key--pressed"
                  {...a11y({ role: 'button' })}
                  aria-label={key === 'delete' ? t('card.pin.delete') : key}
                  aria-disabled={disabled}
                  onClick={() => press(key)}
                >
                  <Text>{key === 'delete' ? '⌫' : key}</Text>
                </View>
              ),
            )}
          </View>
        ))}
      </View>
    </View>
  );
}
