import type { HELP_CATEGORIES } from '@ssc/shared';

interface ArticleMeta {
  readonly category: (typeof HELP_CATEGORIES)[number];
  /** Bump when the text changes in any locale: it is shown to readers and feeds the ETag. */
  readonly updatedAt: string;
}

/**
 * Every help article, in the order the index lists them. Slugs are stable: the mini-program and
 * shared links point at them. `privacy-policy` is taken by the policy route.
 */
export const ARTICLES = {
  'look-up-records': { category: 'records', updatedAt: '2026-11-20' },
  'payment-records': { category: 'records', updatedAt: '2026-11-20' },
  'payment-gaps': { category: 'records', updatedAt: '2026-11-20' },
  'electronic-card': { category: 'card', updatedAt: '2026-11-20' },
  'service-password': { category: 'card', updatedAt: '2026-11-20' },
  'report-loss': { category: 'card', updatedAt: '2026-11-20' },
  'apply-for-card': { category: 'card', updatedAt: '2026-11-20' },
  'your-rights': { category: 'rights', updatedAt: '2026-11-20' },
  'elder-mode-and-languages': { category: 'app', updatedAt: '2026-11-20' },
} as const satisfies Record<string, ArticleMeta>;

export type Slug = keyof typeof ARTICLES;
export const SLUGS = Object.keys(ARTICLES) as Slug[];
