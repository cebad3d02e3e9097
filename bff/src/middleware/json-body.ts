import { bodyParser } from '@koa/bodyparser';
import type { Middleware } from 'koa';
import { MalformedJsonError, PayloadTooLargeError } from '../errors';

export const JSON_BODY_LIMIT = '100kb';

/**
 * JSON only (the mini-program sends nothing else), strict (top level must be an object or array),
 * size-limited. co-body's errors carry a `type` (from raw-body); they become our error values.
 */
export function jsonBody(): Middleware {
  return bodyParser({
    enableTypes: ['json'],
    jsonStrict: true,
    jsonLimit: JSON_BODY_LIMIT,
    onError(error) {
      const type = (error as { type?: unknown }).type;
      if (type === 'entity.too.large') throw new PayloadTooLargeError('Body over limit', { cause: error });
      throw new MalformedJsonError('Unreadable JSON body', { cause: error });
    },
  });
}
