import Router from '@koa/router';
import { checkHealth, type HealthInput } from '../services/health-service';
import type { AppState } from '../types';

export function healthRouter(deps: HealthInput): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/health', sensitive: true });
  router.get('/', async (ctx) => {
    ctx.body = await checkHealth(deps);
  });
  return router;
}
