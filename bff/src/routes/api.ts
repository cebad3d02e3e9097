import Router from '@koa/router';
import type { AppState } from '../types';

export const API_PREFIX = '/api/v1';

/** One router per resource, each mounted under the version prefix (koajs/router restful-api-structure). */
export function apiRouter(resources: readonly Router<AppState>[]): Router<AppState> {
  const api = new Router<AppState>({ prefix: API_PREFIX });
  for (const resource of resources) api.use(resource.routes(), resource.allowedMethods());
  return api;
}
