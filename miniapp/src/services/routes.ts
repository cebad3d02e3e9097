/**
 * Every page's path, in one place: navigate with these, never with a typed string. A test checks
 * that this list and app.config.ts agree and that each page file exists.
 */
export const ROUTES = {
  home: '/pages/home/index',
  login: '/pages/login/index',
  bind: '/pages/bind/index',
  me: '/pages/me/index',
  card: '/subpackages/card/card/index',
  cardPassword: '/subpackages/card/password/index',
  recordsSummary: '/subpackages/records/summary/index',
  recordsList: '/subpackages/records/list/index',
  recordDetail: '/subpackages/records/detail/index',
  recordsStatement: '/subpackages/records/statement/index',
  applications: '/subpackages/applications/list/index',
  apply: '/subpackages/applications/apply/index',
  applicationDetail: '/subpackages/applications/detail/index',
  help: '/subpackages/help/list/index',
  helpArticle: '/subpackages/help/article/index',
  privacy: '/subpackages/help/privacy/index',
  messages: '/subpackages/messages/list/index',
  messageSettings: '/subpackages/messages/settings/index',
} as const;

export type RouteName = keyof typeof ROUTES;

/** Tab pages must be opened with switchTab (and cannot take a query). */
export const TAB_ROUTES: readonly string[] = [ROUTES.home, ROUTES.me];

/** `ROUTES.helpArticle` + `{ slug }` -> `/subpackages/help/article/index?slug=...`. */
export function routeUrl(name: RouteName, query: Record<string, string | number | undefined> = {}): string {
  const pairs = Object.entries(query).filter(([, v]) => v !== undefined);
  const search = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&');
  return search ? `${ROUTES[name]}?${search}` : ROUTES[name];
}
