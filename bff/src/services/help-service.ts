import { HELP_CATEGORIES, type HelpArticle, type HelpIndex, type PrivacyPolicy } from '@ssc/shared';
import { ARTICLES, CATEGORY_TITLES, HELP_ARTICLES, SLUGS, type Slug } from '../content/help';
import { toWire } from '../content/help/types';
import { PRIVACY_POLICY, PRIVACY_POLICY_VERSION } from '../content/privacy';
import { NotFoundError } from '../errors';
import type { Locale } from '../i18n/messages';

function isSlug(slug: string): slug is Slug {
  return Object.hasOwn(ARTICLES, slug);
}

/** The categories and every article's title and summary, in reading order. */
export function helpIndex(locale: Locale): HelpIndex {
  const texts = HELP_ARTICLES[locale];
  return {
    locale,
    categories: HELP_CATEGORIES.map((id) => ({ id, title: CATEGORY_TITLES[locale][id] })),
    articles: SLUGS.map((slug) => ({ slug, category: ARTICLES[slug].category, title: texts[slug].title, summary: texts[slug].summary })),
  };
}

/** One article; an unknown slug is 404 NOT_FOUND. */
export function helpArticle(locale: Locale, slug: string): HelpArticle {
  if (!isSlug(slug)) throw new NotFoundError('No help article with this slug');
  const { category, updatedAt } = ARTICLES[slug];
  const { title, summary, body } = HELP_ARTICLES[locale][slug];
  return { slug, category, title, summary, body: body.map(toWire), updatedAt };
}

export function privacyPolicy(locale: Locale): PrivacyPolicy {
  const { title, sections } = PRIVACY_POLICY[locale];
  return {
    version: PRIVACY_POLICY_VERSION,
    title,
    sections: sections.map(({ heading, body }) => ({ heading, body: body.map(toWire) })),
  };
}
