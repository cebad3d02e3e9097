import Router from '@koa/router';
import type { Deps } from './deps';
import { buildOpenApi } from './http/openapi';
import { mount, type Resource } from './http/route';
import type { AppState } from './types';
import { VERSION } from './version';

/** Every resource of the API. A new resource is added here and nowhere else. */
export function buildResources(_deps: Deps): Resource[] {
  return [];
}

/** One router per resource, plus the OpenAPI document generated from all of them. */
export function resourceRouters(deps: Deps, resources = buildResources(deps)): Router<AppState>[] {
  const routers = resources.map((resource) => {
    const router = new Router<AppState>({ prefix: resource.prefix });
    mount(router, deps, resource);
    return router;
  });
  const document = buildOpenApi(resources, VERSION);
  const openapi = new Router<AppState>();
  openapi.get('/openapi.json', (ctx) => {
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = document;
  });
  return [...routers, openapi];
}
