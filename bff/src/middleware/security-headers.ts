import type { Middleware } from 'koa';
import { isApiPath } from '../http/api-path';

/**
 * Set before the route runs, so error answers get them too and a route may still override them
 * (e.g. a cacheable public resource). The API serves JSON only: nothing to sniff, frame or cache.
 */
export function securityHeaders(): Middleware {
  return async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('X-Frame-Options', 'DENY');
    ctx.set('Referrer-Policy', 'no-referrer');
    if (isApiPath(ctx.path)) ctx.set('Cache-Control', 'no-store');
    await next();
  };
}
