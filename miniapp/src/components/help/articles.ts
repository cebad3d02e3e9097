import type { HelpArticleSummary, HelpIndex } from '@ssc/shared';

export interface HelpGroup {
  id: HelpIndex['categories'][number]['id'];
  title: string;
  articles: HelpArticleSummary[];
}

/** Articles under their categories, in the order the BFF lists both; empty categories left out. */
export function groupArticles(index: HelpIndex): HelpGroup[] {
  return index.categories
    .map((category) => ({ ...category, articles: index.articles.filter((article) => article.category === category.id) }))
    .filter((group) => group.articles.length > 0);
}
