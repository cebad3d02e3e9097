import Router from '@koa/router';
import type { AppState } from '../types';

export const API_PREFIX = '/api/v1';

/**
 * One router per resource, each mounted under the version prefix (koajs/router restful-api-structure).
 * Their routes are copied into this one, which alone answers 405 and 501 (`allowedMethods` on the
 * app): an `allowedMethods` per resource would add one more layer to every request's chain.
 */
export function apiRouter(resources: readonly Router<AppState>[]): Router<AppState> {
  const api = new Router<AppState>({ prefix: API_PREFIX, sensitive: true });
  for (const resource of resources) api.use(resource.routes());
  return api;
}
