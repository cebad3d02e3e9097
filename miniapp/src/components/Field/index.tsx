import { Input, Text, View } from '@tarojs/components';
import type { InputProps } from '@tarojs/components';
import { a11y } from '../a11y';
import './index.scss';

interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  type?: InputProps['type'];
  password?: boolean;
  placeholder?: string;
  maxlength?: number;
  /** Shown under the field and read with it; the field's border turns to the error colour. */
  error?: string;
  hint?: string;
}

/** A labelled input. The label is visible and also its aria-label (H5 has no <label for> here). */
export function Field({ label, value, onChange, type = 'text', password = false, placeholder, maxlength, error, hint }: FieldProps) {
  return (
    <View className={error ? 'ssc-field ssc-field--error' : 'ssc-field'}>
      <Text className="ssc-field__label">{label}</Text>
      <Input
        className="ssc-field__input"
        value={value}
        type={type}
        password={password}
        placeholder={placeholder}
        maxlength={maxlength}
        onInput={(event) => onChange(event.detail.value)}
        aria-label={label}
        aria-invalid={error ? true : undefined}
      />
      {error ? (
        <Text className="ssc-field__error" {...a11y({ role: 'alert' })}>
          {error}
        </Text>
      ) : hint ? (
        <Text className="ssc-field__hint">{hint}</Text>
      ) : null}
    </View>
  );
}
