import { z } from 'zod';

/**
 * Help articles and the privacy policy. Content is a list of typed blocks rather than HTML, so
 * the mini-program renders it with its own components (no rich-text parsing, nothing to inject).
 */
export const HELP_LOCALES = ['zh-CN', 'en', 'es'] as const;
export const HelpLocale = z.enum(HELP_LOCALES);

/** Categories in the order the help index shows them. */
export const HELP_CATEGORIES = ['records', 'card', 'rights', 'app'] as const;
export const HelpCategoryId = z.enum(HELP_CATEGORIES);

/** Lower-case words joined by single hyphens: stable, safe in a URL and in a page path. */
export const HelpSlug = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const Text = z.string().min(1).max(2000);

export const HelpBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: Text }),
  /** Things to do in order. */
  z.object({ type: z.literal('steps'), items: z.array(Text).min(1).max(20) }),
  /** Things in no particular order. */
  z.object({ type: z.literal('list'), items: z.array(Text).min(1).max(20) }),
  z.object({ type: z.literal('callout'), tone: z.enum(['info', 'warning']), text: Text }),
  /** A phone number to tap and call. */
  z.object({ type: z.literal('contact'), label: z.string().min(1).max(100), phone: z.string().regex(/^\d{3,20}$/) }),
]);
export type HelpBlock = z.infer<typeof HelpBlock>;

export const HelpQuery = z.object({
  /** Overrides Accept-Language, e.g. for a shared link that must open in one language. */
  lang: HelpLocale.optional(),
});

export const HelpArticleParams = z.object({ slug: HelpSlug });

export const HelpArticleSummary = z.object({
  slug: HelpSlug,
  category: HelpCategoryId,
  title: z.string(),
  summary: z.string(),
});
export type HelpArticleSummary = z.infer<typeof HelpArticleSummary>;

export const HelpIndex = z.object({
  locale: HelpLocale,
  categories: z.array(z.object({ id: HelpCategoryId, title: z.string() })),
  articles: z.array(HelpArticleSummary),
});
export type HelpIndex = z.infer<typeof HelpIndex>;

export const HelpArticle = HelpArticleSummary.extend({
  body: z.array(HelpBlock).min(1),
  /** Date of the last content change (YYYY-MM-DD). */
  updatedAt: z.iso.date(),
});
export type HelpArticle = z.infer<typeof HelpArticle>;

export const PrivacyPolicy = z.object({
  /** Stored with a person's consent, so a new version can ask again. */
  version: z.string(),
  title: z.string(),
  sections: z.array(z.object({ heading: z.string(), body: z.array(HelpBlock).min(1) })).min(1),
});
export type PrivacyPolicy = z.infer<typeof PrivacyPolicy>;
