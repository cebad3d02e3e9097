import Router from '@koa/router';
import type { Deps } from './deps';
import { buildOpenApi } from './http/openapi';
import { keptReads, type KeptReads } from './http/kept-reads';
import { mount, type Resource } from './http/route';
import { agencyApplicationsResource } from './routes/agency-applications';
import { agencyCardsResource } from './routes/agency-cards';
import { agencyRecordsResource } from './routes/agency-records';
import { applicationsResource } from './routes/applications';
import { authResource } from './routes/auth';
import { banksResource } from './routes/banks';
import { bindingResource, consentResource } from './routes/binding';
import { cardResource } from './routes/card';
import { helpResource } from './routes/help';
import { meResource } from './routes/me';
import { notificationsResource } from './routes/notifications';
import { operatorNotificationsResource } from './routes/operator-notifications';
import { photosResource } from './routes/photos';
import { recordsResource } from './routes/records';
import { scannerResource } from './routes/scanner';
import type { AppState } from './types';
import { VERSION } from './version';

/** Every resource of the API. A new resource is added here and nowhere else. */
export function buildResources(deps: Deps): Resource[] {
  return [
    helpResource(),
    ...[applicationsResource(deps), photosResource(deps), banksResource(), agencyApplicationsResource(deps)],
    ...[cardResource(deps), scannerResource(deps), agencyCardsResource(deps)],
    ...[authResource(deps), bindingResource(deps), consentResource(), meResource(deps)],
    ...[recordsResource(deps), agencyRecordsResource(deps)],
    ...[notificationsResource(deps), operatorNotificationsResource(deps)],
  ];
}

/** One router per resource, plus the OpenAPI document generated from all of them. */
export function resourceRouters(deps: Deps, resources = buildResources(deps)): Router<AppState>[] {
  const routers = resources.map((resource) => {
    const router = new Router<AppState>({ prefix: resource.prefix, sensitive: true });
    mount(router, deps, resource);
    return router;
  });
  const document = buildOpenApi(resources, VERSION);
  const openapi = new Router<AppState>({ sensitive: true });
  openapi.get('/openapi.json', (ctx) => {
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = document;
  });
  return [...routers, openapi];
}

/** What `createApp` takes of the API: its routers, and the reads it can answer before them from memory. */
export function apiOf(deps: Deps): { routers: Router<AppState>[]; keptReads: KeptReads } {
  const resources = buildResources(deps);
  return { routers: resourceRouters(deps, resources), keptReads: keptReads(deps, resources) };
}
