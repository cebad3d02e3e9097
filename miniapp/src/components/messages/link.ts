import { ROUTES } from '../../services/routes';

const PAGES: readonly string[] = Object.values(ROUTES);

/**
 * The page a notice leads to, if this version of the app has it: a notice written for a newer
 * app (or a bad link) is still read, it just opens nothing.
 */
export function linkedPage(page: string): string | undefined {
  const path = page.split('?')[0] ?? '';
  return PAGES.includes(path) ? page : undefined;
}
