import test from 'ava';
import { errorMessage } from '../bff/src/i18n/messages';
import { HELP_CATEGORIES, HelpBlock } from '../shared/src';
import { startApi, type TestApi } from './helpers/api';

const LOCALES = ['zh-CN', 'en', 'es'] as const;
const REQUIRED_SLUGS = [
  'look-up-records',
  'electronic-card',
  'service-password',
  'report-loss',
  'apply-for-card',
  'payment-records',
  'payment-gaps',
  'your-rights',
  'elder-mode-and-languages',
];

async function articlesIn(api: TestApi, locale: string) {
  const index = await api.call('GET', `/api/v1/help?lang=${locale}`);
  const slugs: string[] = index.body.articles.map((a: { slug: string }) => a.slug);
  return Promise.all(slugs.map(async (slug) => (await api.call('GET', `/api/v1/help/${slug}?lang=${locale}`)).body));
}

test('lists the categories and articles in each locale', async (t) => {
  const api = await startApi(t);
  const categoryTitle = { 'zh-CN': '缴费记录', en: 'Contribution records', es: 'Cotizaciones' };
  for (const locale of LOCALES) {
    const res = await api.call('GET', `/api/v1/help?lang=${locale}`);
    t.is(res.status, 200);
    t.is(res.headers.get('content-language'), locale);
    t.is(res.body.locale, locale);
    t.deepEqual(res.body.categories.map((c: { id: string }) => c.id), [...HELP_CATEGORIES]);
    t.is(res.body.categories[0].title, categoryTitle[locale]);
    for (const article of res.body.articles) {
      t.true(HELP_CATEGORIES.includes(article.category), article.slug);
      t.true(article.title.length > 0 && article.summary.length > 0, article.slug);
    }
  }
});

test('offers the same slugs in the same order in every locale', async (t) => {
  const api = await startApi(t);
  const lists = await Promise.all(LOCALES.map(async (locale) => (await api.call('GET', `/api/v1/help?lang=${locale}`)).body.articles));
  const slugs = lists.map((list) => list.map((a: { slug: string }) => a.slug));
  t.deepEqual(slugs[1], slugs[0]);
  t.deepEqual(slugs[2], slugs[0]);
  for (const slug of REQUIRED_SLUGS) t.true(slugs[0].includes(slug), slug);
  t.notDeepEqual(lists[0].map((a: { title: string }) => a.title), lists[1].map((a: { title: string }) => a.title));
});

test('every article has a non-empty body of known blocks, shaped alike in every locale', async (t) => {
  const api = await startApi(t);
  const [zh = [], en = [], es = []] = await Promise.all(LOCALES.map((locale) => articlesIn(api, locale)));
  t.is(zh.length, REQUIRED_SLUGS.length);
  for (const [i, article] of zh.entries()) {
    t.true(article.body.length > 0, article.slug);
    t.regex(article.updatedAt, /^\d{4}-\d{2}-\d{2}$/);
    const shape = (a: { body: { type: string; items?: string[] }[] }) => a.body.map((b) => `${b.type}:${b.items?.length ?? ''}`);
    for (const other of [en[i], es[i]]) {
      t.is(other.slug, article.slug);
      t.is(other.category, article.category);
      t.deepEqual(shape(other), shape(article), `${article.slug} differs in shape`);
    }
  }
  for (const block of [...zh, ...en, ...es].flatMap((a) => a.body)) t.true(HelpBlock.safeParse(block).success, JSON.stringify(block));
});

test('no article contains html markup', async (t) => {
  const api = await startApi(t);
  const all = (await Promise.all(LOCALES.map((locale) => articlesIn(api, locale)))).flat();
  t.is(all.length, REQUIRED_SLUGS.length * LOCALES.length);
  for (const article of all) t.notRegex(JSON.stringify(article), /<\/?[a-z][^>]*>|&[a-z]+;/i, article.slug);
});

test('the look-up article offers the 12333 hotline and every channel in every locale', async (t) => {
  const api = await startApi(t);
  const channels = { 'zh-CN': ['身份证', '网站', '微信', '支付宝'], en: ['ID card', 'website', 'WeChat', 'Alipay'], es: ['documento de identidad', 'web', 'WeChat', 'Alipay'] };
  for (const locale of LOCALES) {
    const { body } = await api.call('GET', `/api/v1/help/look-up-records?lang=${locale}`);
    t.deepEqual(body.body.filter((b: { type: string }) => b.type === 'contact').map((b: { phone: string }) => b.phone), ['12333']);
    const text = JSON.stringify(body.body);
    t.true(body.summary.includes('12333'), locale);
    for (const word of channels[locale]) t.true(text.includes(word), `${locale}: ${word}`);
  }
});

test('articles state the numbers people rely on in every locale', async (t) => {
  const api = await startApi(t);
  const facts: Record<string, string[]> = {
    'service-password': ['123456', '6'],
    'report-loss': ['7'],
    'apply-for-card': ['60'],
    'payment-records': ['15'],
    'your-rights': ['30'],
  };
  for (const locale of LOCALES) {
    for (const [slug, numbers] of Object.entries(facts)) {
      const text = JSON.stringify((await api.call('GET', `/api/v1/help/${slug}?lang=${locale}`)).body);
      for (const n of numbers) t.regex(text, new RegExp(`(^|\\D)${n}(\\D|$)`), `${locale} ${slug} ${n}`);
    }
  }
});

test('answers 404 with a message in the reader language for an unknown slug', async (t) => {
  const api = await startApi(t);
  for (const locale of LOCALES) {
    const res = await api.call('GET', '/api/v1/help/no-such-article', { headers: { 'accept-language': locale } });
    t.is(res.status, 404);
    t.deepEqual(res.body, { error: { code: 'NOT_FOUND', message: errorMessage('NOT_FOUND', locale) } });
    t.is(res.headers.get('cache-control'), 'no-store');
  }
});

test('rejects a malformed slug or an unsupported lang with 400', async (t) => {
  const api = await startApi(t);
  for (const path of ['/api/v1/help/Look_Up', '/api/v1/help/look--up', `/api/v1/help/${'a'.repeat(65)}`]) {
    const res = await api.call('GET', path);
    t.is(res.status, 400, path);
    t.is(res.body.error.details.issues[0].path, 'params.slug', path);
  }
  const res = await api.call('GET', '/api/v1/help?lang=fr');
  t.is(res.status, 400);
  t.is(res.body.error.details.issues[0].path, 'query.lang');
});

test('the lang query beats accept-language, which applies when lang is absent', async (t) => {
  const api = await startApi(t);
  const spanish = { 'accept-language': 'es-MX,es;q=0.9' };
  const chosen = await api.call('GET', '/api/v1/help/report-loss?lang=en', { headers: spanish });
  t.is(chosen.headers.get('content-language'), 'en');
  t.is(chosen.body.title, 'Lost your card? Temporary and formal loss reports');
  const negotiated = await api.call('GET', '/api/v1/help/report-loss', { headers: spanish });
  t.is(negotiated.headers.get('content-language'), 'es');
  t.is(negotiated.body.title, '¿Ha perdido la tarjeta? Denuncia temporal y denuncia formal');
  const fallback = await api.call('GET', '/api/v1/help/report-loss', { headers: { 'accept-language': 'fr' } });
  t.is(fallback.headers.get('content-language'), 'zh-CN');
});

test('the openapi document describes the public help routes', async (t) => {
  const api = await startApi(t);
  const { paths } = (await api.call('GET', '/api/v1/openapi.json')).body;
  t.truthy(paths['/api/v1/help'].get);
  t.truthy(paths['/api/v1/help/privacy-policy'].get);
  t.truthy(paths['/api/v1/help/{slug}'].get.responses['404']);
  t.is(paths['/api/v1/help/{slug}'].get.security, undefined);
});

test('an error on a help page speaks the language of its lang query', async (t) => {
  const api = await startApi(t);
  const res = await api.call('GET', '/api/v1/help/no-such-article?lang=es', { headers: { 'accept-language': 'en' } });
  t.is(res.status, 404);
  t.is(res.body.error.message, 'El elemento solicitado no existe.');
});
