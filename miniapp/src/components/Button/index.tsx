import { Button as TaroButton } from '@tarojs/components';
import type { ButtonProps as TaroButtonProps } from '@tarojs/components';
import { a11y } from '../a11y';
import './index.scss';

interface ButtonProps {
  children: string;
  onClick?: () => void;
  kind?: 'primary' | 'secondary' | 'danger';
  disabled?: boolean;
  /** Shows the platform spinner and ignores taps. */
  loading?: boolean;
  /** When the visible text alone does not say what the button does (H5 screen readers). */
  label?: string;
  /** WeChat's special buttons, e.g. `agreePrivacyAuthorization`. */
  openType?: TaroButtonProps['openType'];
}

export function Button({ children, onClick, kind = 'primary', disabled = false, loading = false, label, openType }: ButtonProps) {
  return (
    <TaroButton
      className={`ssc-button ssc-button--${kind}${disabled ? ' ssc-button--disabled' : ''}`}
      onClick={disabled || loading ? undefined : onClick}
      // Left out when false: H5 renders `disabled="false"`, which Taro's own [disabled] style matches.
      disabled={disabled || undefined}
      loading={loading || undefined}
      openType={openType}
      // Taro's H5 button is a custom element that screen readers do not know as a button.
      {...a11y({ role: 'button' })}
      aria-label={label ?? children}
      aria-disabled={disabled || loading}
    >
      {children}
    </TaroButton>
  );
}
