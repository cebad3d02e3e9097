import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import type { AppState } from '../types';

const MAX_PATH_LENGTH = 200;
const PLAIN_SEGMENT = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A path no route matched (a 404, a client's mistake, a file of the H5 app) may carry anything the
 * client put in it. ID, phone and card numbers all hold five digits in a row and names are not
 * ASCII: such segments become `:x`, the rest (route words, file names) is kept for debugging.
 */
function unmatchedPath(path: string): string {
  return path
    .slice(0, MAX_PATH_LENGTH)
    .split('/')
    .map((segment) => (segment === '' || (PLAIN_SEGMENT.test(segment) && !/\d{5}/.test(segment)) ? segment : ':x'))
    .join('/');
}

/**
 * One line per request, written when the response is done (or the client went away), so it has
 * the final status set by the error middleware. Only method, path, status, duration, request id
 * and error code: no query string, headers or body, which is where personal data would be.
 */
export function requestLog(logger: Logger): Middleware<AppState> {
  // Every field of this line is made here from safe parts (the id passed isSafeRequestId, the path
  // is a route template or masked), so it skips the logger's redaction, which took half the cost
  // of writing it; every other line keeps it.
  const lines = logger.child({}, { redact: [] });
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    ctx.res.once('close', () => {
      // The route template (`/api/v1/cards/:id`) rather than the path keeps ids out of the logs.
      const route = (ctx as { _matchedRoute?: unknown })._matchedRoute;
      const fields = {
        reqId: ctx.state.requestId,
        method: ctx.method,
        path: typeof route === 'string' ? route : unmatchedPath(ctx.path),
        status: ctx.status,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        ...(ctx.state.errorCode ? { code: ctx.state.errorCode } : {}),
        ...(ctx.res.writableFinished ? {} : { aborted: true }),
      };
      lines.info(fields, 'request completed');
    });
    await next();
  };
}
