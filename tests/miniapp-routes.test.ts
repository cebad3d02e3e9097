import { existsSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { ROUTES, routeUrl } from '../miniapp/src/services/routes';

const SRC = path.resolve(__dirname, '..', 'miniapp', 'src');

interface AppConfig {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string }[] };
}

// app.config.ts calls Taro's build-time global; give it one that hands the config back.
(globalThis as { defineAppConfig?: (config: AppConfig) => AppConfig }).defineAppConfig = (config) => config;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the global above exists
const appConfig = (require('../miniapp/src/app.config') as { default: AppConfig }).default;

const configured = [...appConfig.pages.map((p) => `/${p}`), ...appConfig.subPackages.flatMap((s) => s.pages.map((p) => `/${s.root}/${p}`))];

test('the route table lists exactly the pages app.config declares', (t) => {
  t.deepEqual([...Object.values(ROUTES)].sort(), [...configured].sort());
});

test('every declared page has its component and its page config', (t) => {
  for (const page of configured) {
    t.true(existsSync(path.join(SRC, `${page}.tsx`)), `${page}.tsx`);
    t.true(existsSync(path.join(SRC, `${page}.config.ts`)), `${page}.config.ts`);
  }
});

test('tab bar pages are in the main package', (t) => {
  for (const item of appConfig.tabBar?.list ?? []) t.true(appConfig.pages.includes(item.pagePath), item.pagePath);
});

test('builds a page url with an encoded query', (t) => {
  t.is(routeUrl('helpArticle', { slug: 'gap months' }), '/subpackages/help/article/index?slug=gap%20months');
  t.is(routeUrl('home'), '/pages/home/index');
});
