import type { Middleware } from 'koa';
import { isApiPath } from '../http/api-path';

/** On every answer: the API serves JSON only, with nothing to sniff or frame and no referrer to pass on. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
];

/** On every API answer as well: nothing personal is kept by a browser or a proxy on the way. */
export const API_CACHE_CONTROL = 'no-store';

/**
 * Set before the route runs, so error answers get them too and a route may still override them
 * (e.g. a cacheable public resource).
 */
export function securityHeaders(): Middleware {
  return async (ctx, next) => {
    for (const [name, value] of SECURITY_HEADERS) ctx.set(name, value);
    if (isApiPath(ctx.path)) ctx.set('Cache-Control', API_CACHE_CONTROL);
    await next();
  };
}
