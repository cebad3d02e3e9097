import { bodyParser } from '@koa/bodyparser';
import type { Middleware } from 'koa';
import { MalformedJsonError, PayloadTooLargeError } from '../errors';

export const JSON_BODY_LIMIT = '100kb';
/** Agency systems send batches (up to 1,200 monthly records in one import). */
export const AGENCY_BODY_LIMIT = '1mb';
const AGENCY_PREFIX = '/api/v1/agency/';

/**
 * JSON only (the mini-program sends nothing else), strict (top level must be an object or array),
 * size-limited. co-body's errors carry a `type` (from raw-body); they become our error values.
 */
export function jsonBody(): Middleware {
  const people = parser(JSON_BODY_LIMIT);
  const agencies = parser(AGENCY_BODY_LIMIT);
  return (ctx, next) => (ctx.path.startsWith(AGENCY_PREFIX) ? agencies : people)(ctx, next);
}

function parser(limit: string): Middleware {
  return bodyParser({
    enableTypes: ['json'],
    jsonStrict: true,
    jsonLimit: limit,
    onError(error) {
      const type = (error as { type?: unknown }).type;
      if (type === 'entity.too.large') throw new PayloadTooLargeError('Body over limit', { cause: error });
      throw new MalformedJsonError('Unreadable JSON body', { cause: error });
    },
  });
}
