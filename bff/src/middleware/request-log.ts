import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import { isApiPath } from '../http/api-path';
import type { AppState } from '../types';

const MAX_PATH_LENGTH = 200;
const PLAIN_SEGMENT = /^[A-Za-z0-9._-]{1,64}$/;

/** ID, phone and card numbers hold five digits in a row, or eight in all when written in groups. */
function mayBeNumber(segment: string): boolean {
  return /\d{5}/.test(segment) || (segment.match(/\d/g)?.length ?? 0) >= 8;
}

/**
 * A path no route matched (a 404, a client's mistake, a file of the H5 app) may carry anything the
 * client put in it. Under /api/ only the words of the API's own routes are kept, since a name in
 * pinyin looks like any other word; elsewhere (the H5 app's files) plain segments are kept unless
 * they may be a number. The rest becomes `:x`, and a path longer than the budget ends in `:more`
 * rather than in the cut-off head of a segment.
 */
function unmatchedPath(path: string, apiWords: ReadonlySet<string>): string {
  const api = isApiPath(path);
  const kept: string[] = [];
  let length = 0;
  for (const segment of path.split('/')) {
    const safe = segment === '' || (api ? apiWords.has(segment) : PLAIN_SEGMENT.test(segment) && !mayBeNumber(segment));
    const shown = safe ? segment : ':x';
    length += shown.length + 1;
    if (length > MAX_PATH_LENGTH) {
      kept.push(':more');
      break;
    }
    kept.push(shown);
  }
  return kept.join('/');
}

/** What a request line says: nothing a client chose beyond the method, no query, header or body. */
export interface RequestLine {
  reqId: string;
  method: string;
  /** A route template, or a masked path (`unmatchedPath`). */
  path: string;
  status: number;
  /** `process.hrtime.bigint()` when the request came in. */
  started: bigint;
  code?: string;
  aborted?: boolean;
}

/**
 * Writes request lines. Every field is made from safe parts (the id is generated, or a trusted
 * gateway's that passed isSafeRequestId; the path is a route template or masked), so the lines skip
 * the logger's redaction, which took half the cost of writing one; every other line keeps it.
 */
export class RequestLines {
  private readonly lines: Logger;

  constructor(logger: Logger) {
    this.lines = logger.child({}, { redact: [] });
  }

  write({ reqId, method, path, status, started, code, aborted }: RequestLine): void {
    const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
    this.lines.info({ reqId, method, path, status, durationMs, ...(code ? { code } : {}), ...(aborted ? { aborted } : {}) }, 'request completed');
  }
}

/**
 * One line per request, written when the response is done (or the client went away), so it has
 * the final status set by the error middleware.
 */
export function requestLog(lines: RequestLines, apiWords: ReadonlySet<string> = new Set()): Middleware<AppState> {
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    ctx.res.once('close', () => {
      // The route template (`/api/v1/cards/:id`) rather than the path keeps ids out of the logs.
      const route = (ctx as { _matchedRoute?: unknown })._matchedRoute;
      lines.write({
        reqId: ctx.state.requestId,
        method: ctx.method,
        path: typeof route === 'string' ? route : unmatchedPath(ctx.path, apiWords),
        status: ctx.status,
        started,
        code: ctx.state.errorCode,
        aborted: !ctx.res.writableFinished,
      });
    });
    await next();
  };
}
