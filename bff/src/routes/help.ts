import { createHash } from 'node:crypto';
import { HelpArticle, HelpArticleParams, HelpIndex, HelpQuery, PrivacyPolicy } from '@ssc/shared';
import { route, type Resource } from '../http/route';
import { pickLocale } from '../i18n/locale';
import type { Locale } from '../i18n/messages';
import { helpArticle, helpIndex, privacyPolicy } from '../services/help-service';
import type { AppContext } from '../types';

/** `?lang=` wins over Accept-Language, so a shared link opens in the language it was shared in. */
function localeOf(ctx: AppContext, lang: Locale | undefined): Locale {
  if (lang) return lang;
  ctx.vary('Accept-Language');
  return pickLocale(ctx);
}

/**
 * Help is public and the same for everyone who reads a language, so unlike the rest of the API
 * (no-store) it may be cached for a few minutes and revalidated with its ETag. Returns nothing
 * and answers 304 when the client's copy is still current.
 */
function publicBody<T>(ctx: AppContext, locale: Locale, body: T): T | undefined {
  ctx.set('Content-Language', locale);
  ctx.set('Cache-Control', 'public, max-age=300');
  ctx.etag = createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27);
  ctx.status = 200; // Koa compares validators only for a 2xx answer
  if (!ctx.fresh) return body;
  ctx.status = 304;
  return undefined;
}

export function helpResource(): Resource {
  return {
    prefix: '/help',
    tag: 'Help',
    routes: [
      route({
        method: 'get',
        path: '/',
        operationId: 'listHelpArticles',
        summary: 'Help categories and article titles in the requested language',
        auth: 'none',
        query: HelpQuery,
        response: HelpIndex,
        handler: async (ctx, { query }) => {
          const locale = localeOf(ctx, query.lang);
          return publicBody(ctx, locale, helpIndex(locale));
        },
      }),
      // Declared before `/:slug`, which would otherwise take it.
      route({
        method: 'get',
        path: '/privacy-policy',
        operationId: 'getPrivacyPolicy',
        summary: 'The privacy policy in the requested language',
        auth: 'none',
        query: HelpQuery,
        response: PrivacyPolicy,
        handler: async (ctx, { query }) => {
          const locale = localeOf(ctx, query.lang);
          return publicBody(ctx, locale, privacyPolicy(locale));
        },
      }),
      route({
        method: 'get',
        path: '/:slug',
        operationId: 'getHelpArticle',
        summary: 'One help article as typed blocks (no HTML)',
        auth: 'none',
        params: HelpArticleParams,
        query: HelpQuery,
        response: HelpArticle,
        errors: { 404: ['NOT_FOUND'] },
        handler: async (ctx, { params, query }) => {
          const locale = localeOf(ctx, query.lang);
          return publicBody(ctx, locale, helpArticle(locale, params.slug));
        },
      }),
    ],
  };
}
