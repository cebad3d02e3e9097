import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import type { AppState } from '../types';

export const REQUEST_ID_HEADER = 'X-Request-Id';

// A gateway's id is worth keeping for tracing, but it goes into logs and a response header, so only
// a short, plain token is accepted (no spaces, quotes, control or non-ASCII characters).
const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function isSafeRequestId(value: string): boolean {
  return SAFE_REQUEST_ID.test(value);
}

/**
 * Adopts a sane incoming X-Request-Id or makes one, echoes it, and binds it into a child logger.
 * The child is made when first used: most requests log only their request line, which the request
 * log writes with the id as a field, and making a child logger is a cost on every request.
 */
export function requestId(rootLogger: Logger): Middleware<AppState> {
  return async (ctx, next) => {
    const incoming = ctx.get(REQUEST_ID_HEADER);
    const id = isSafeRequestId(incoming) ? incoming : randomUUID();
    ctx.state.requestId = id;
    let child: Logger | undefined;
    Object.defineProperty(ctx.state, 'log', {
      configurable: true,
      enumerable: true,
      get: () => (child ??= rootLogger.child({ reqId: id })),
    });
    ctx.set(REQUEST_ID_HEADER, id);
    if (incoming !== '' && incoming !== id) ctx.state.log.debug('ignored an unsafe incoming request id');
    await next();
  };
}
