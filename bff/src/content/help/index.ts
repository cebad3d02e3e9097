import type { Locale } from '../../i18n/messages';
import type { Slug } from './articles';
import { app as enApp } from './en/app';
import { apply as enApply } from './en/apply';
import { card as enCard } from './en/card';
import { records as enRecords } from './en/records';
import { rights as enRights } from './en/rights';
import { app as esApp } from './es/app';
import { apply as esApply } from './es/apply';
import { card as esCard } from './es/card';
import { records as esRecords } from './es/records';
import { rights as esRights } from './es/rights';
import type { ArticleText, Mirror } from './types';
import { app } from './zh-CN/app';
import { apply } from './zh-CN/apply';
import { card } from './zh-CN/card';
import { records } from './zh-CN/records';
import { rights } from './zh-CN/rights';

export { ARTICLES, SLUGS, type Slug } from './articles';
export { CATEGORY_TITLES } from './categories';

// Chinese is the reference: it must cover every slug; the others must mirror it exactly.
const zhCN = { ...records, ...card, ...apply, ...rights, ...app } satisfies Record<Slug, ArticleText>;
const en: Mirror<typeof zhCN> = { ...enRecords, ...enCard, ...enApply, ...enRights, ...enApp };
const es: Mirror<typeof zhCN> = { ...esRecords, ...esCard, ...esApply, ...esRights, ...esApp };

export const HELP_ARTICLES: Record<Locale, Record<Slug, ArticleText>> = { 'zh-CN': zhCN, en, es };
