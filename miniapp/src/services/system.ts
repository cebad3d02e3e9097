import Taro from '@tarojs/taro';

/** The app-level system info; getAppBaseInfo is the newer split API, getSystemInfoSync the fallback. */
function baseInfo(): Record<string, unknown> {
  try {
    if (typeof Taro.getAppBaseInfo === 'function') return Taro.getAppBaseInfo() as unknown as Record<string, unknown>;
  } catch {
    // not available on this platform or base library: fall through
  }
  try {
    return Taro.getSystemInfoSync() as unknown as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The phone's language tag as the platform reports it (`zh_CN`, `en-US`, ...). */
export function systemLanguage(): string | undefined {
  const language = baseInfo().language;
  if (typeof language === 'string') return language;
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

/** What the platform says about the person's font size (WeChat: scale factor and setting in px). */
export function systemFont(): { fontSizeScaleFactor?: number; fontSizeSetting?: number } {
  const info = baseInfo();
  const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  return { fontSizeScaleFactor: number(info.fontSizeScaleFactor), fontSizeSetting: number(info.fontSizeSetting) };
}
