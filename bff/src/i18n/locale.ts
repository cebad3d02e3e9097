import type { Context } from 'koa';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './messages';

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * Negotiates with `Accept-Language` (RFC 9110 §12.5.4) through Koa's `accepts`, so `en-US` picks
 * `en` and `zh` picks `zh-CN`; anything unsupported falls back to Chinese, the product's language.
 */
export function pickLocale(ctx: Pick<Context, 'acceptsLanguages'> & { query?: Context['query'] }): Locale {
  // An explicit `?lang=` (a shared help link, say) wins, so error texts match the page's language.
  const asked = ctx.query?.lang;
  if (typeof asked === 'string' && isLocale(asked)) return asked;
  const match = ctx.acceptsLanguages([...LOCALES]);
  return typeof match === 'string' && isLocale(match) ? match : DEFAULT_LOCALE;
}
