import type { Locale } from '../../../i18n/locales';

/** Basis points as a percentage: 800 -> `8%`, 75 -> `0.75%`; Spanish writes `0,75 %`. */
export function formatRate(basisPoints: number, locale: Locale): string {
  const text = (basisPoints / 100).toFixed(2).replace(/\.?0+$/, '');
  return locale === 'es' ? `${text.replace('.', ',')} %` : `${text}%`;
}
