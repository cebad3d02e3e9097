import Taro from '@tarojs/taro';
import { ROUTES, TAB_ROUTES } from './routes';
import type { Session } from './session';

/** The page on top of the stack as a URL with its query, e.g. `/subpackages/records/list/index?year=2024`. */
export function currentUrl(): string | undefined {
  const pages = Taro.getCurrentPages();
  const page = pages[pages.length - 1];
  if (!page?.route) return undefined;
  const path = page.route.startsWith('/') ? page.route : `/${page.route}`;
  const query = Object.entries(page.options ?? {})
    .filter(([key]) => !key.startsWith('$taro')) // Taro's own bookkeeping, not the page's query
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/**
 * Opens a page: tab pages need switchTab, the others navigateTo. Never rejects, since pages call
 * it from taps without waiting: when navigateTo fails (WeChat keeps at most ten pages on its
 * stack) the page replaces the top one instead, and if that fails too the tap does nothing.
 */
export async function openPage(url: string): Promise<void> {
  const path = url.split('?')[0] as string;
  try {
    if (TAB_ROUTES.includes(path)) await Taro.switchTab({ url: path });
    else await Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }));
  } catch {
    // Nowhere to go: the person stays where they are and can tap again.
  }
}

let redirecting = false;

/**
 * After a 401: remember where the person was and start over at login. Several requests of a page
 * may fail at once; the first one navigates.
 */
export function redirectToLogin(session: Session): void {
  const here = currentUrl();
  if (redirecting || here?.startsWith(ROUTES.login)) return;
  redirecting = true;
  if (here) session.rememberReturn(here);
  Taro.reLaunch({ url: ROUTES.login }).finally(() => {
    redirecting = false;
  });
}

/**
 * After a 403 NOT_BOUND, or a login whose account is not bound yet: to real-name binding, which
 * goes back to the page the person was on (returnAfterLogin) once it is done.
 */
export function redirectToBinding(session: Session): void {
  const here = currentUrl();
  if (redirecting || here?.startsWith(ROUTES.bind)) return;
  redirecting = true;
  const stored = session.current();
  if (stored?.bound) session.save({ ...stored, bound: false });
  if (here && !here.startsWith(ROUTES.login)) session.rememberReturn(here);
  const url = ROUTES.bind;
  // From a tab page keep it under binding (redirectTo would close it); elsewhere replace the page
  // that could not load.
  const onTab = here !== undefined && TAB_ROUTES.includes(here.split('?')[0] as string);
  (onTab ? Taro.navigateTo({ url }) : Taro.redirectTo({ url }))
    .catch(() => Taro.reLaunch({ url }))
    .finally(() => {
      redirecting = false;
    });
}

/** After a login: back to the page the person was on, or home. reLaunch opens tab pages too. */
export async function returnAfterLogin(session: Session): Promise<void> {
  const url = session.takeReturn() ?? ROUTES.home;
  await Taro.reLaunch({ url: TAB_ROUTES.includes(url.split('?')[0] as string) ? (url.split('?')[0] as string) : url });
}
