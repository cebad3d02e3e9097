import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import { MethodNotAllowedError, NotFoundError, NotImplementedError, type AppError } from '../errors';
import { pickLocale } from '../i18n/locale';
import { errorMessage } from '../i18n/messages';
import type { AppState } from '../types';
import { toAppError } from './to-app-error';

/** Koa leaves a bare status when nothing answered: router misses and allowedMethods() replies. */
function bareStatusError(status: number): AppError | undefined {
  if (status === 404) return new NotFoundError('No route');
  if (status === 405) return new MethodNotAllowedError(); // allowedMethods() already set Allow
  if (status === 501) return new NotImplementedError();
  return undefined;
}

/**
 * First in the chain: every failure, thrown or not, leaves as `{ error: { code, message, details } }`.
 * The message comes from the message table in the client's language; the thrown error, its
 * message and stack stay in the log.
 */
export function errorHandler(rootLogger: Logger): Middleware<AppState> {
  return async (ctx, next) => {
    try {
      await next();
      const bare = ctx.body == null ? bareStatusError(ctx.status) : undefined;
      if (bare) throw bare;
    } catch (thrown) {
      const { error, unexpected } = toAppError(thrown);
      const log = ctx.state.log ?? rootLogger;
      if (unexpected) log.error({ err: thrown }, 'unhandled error');
      else if (error.status >= 500 && error.status !== 501) log.warn({ err: error.cause ?? error }, error.message);

      // Too late to answer with a JSON body: the status line is on the wire. Koa ends the socket.
      if (ctx.headerSent) throw thrown;

      const locale = pickLocale(ctx);
      ctx.state.errorCode = error.code;
      ctx.status = error.status;
      ctx.set({ ...error.headers });
      ctx.set('Content-Language', locale);
      ctx.vary('Accept-Language');
      ctx.body = {
        error: {
          code: error.code,
          message: errorMessage(error.code, locale),
          ...(error.details === undefined ? {} : { details: error.details }),
        },
      };
    }
  };
}
