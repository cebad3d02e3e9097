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

/** A trusted gateway's id when `adoptIncoming` and it is sane; a new one otherwise. */
export function requestIdFor(incoming: string | undefined, adoptIncoming: boolean): string {
  return adoptIncoming && incoming && isSafeRequestId(incoming) ? incoming : randomUUID();
}

/**
 * A request's state, as a class so every request's state has the same shape: the child logger
 * bound to the request id is made when first used. Most requests log only their request line,
 * which the request log writes with the id as a field, and making a child logger costs.
 */
class RequestState implements AppState {
  errorCode?: string;
  session?: AppState['session'];
  personId?: string;
  client?: string;
  private child: Logger | undefined;

  constructor(
    private readonly rootLogger: Logger,
    readonly requestId: string,
  ) {}

  get log(): Logger {
    return (this.child ??= this.rootLogger.child({ reqId: this.requestId }));
  }

  set log(logger: Logger) {
    this.child = logger;
  }
}

/**
 * Makes a request id, or behind a trusted gateway (TRUST_PROXY) adopts the gateway's if it is sane,
 * echoes it, and binds it into the request's logger. A client's own id is never adopted: it is
 * written to the logs, and a client could put anything in it, an ID number included.
 */
export function requestId(rootLogger: Logger, { adoptIncoming = false } = {}): Middleware<AppState> {
  return async (ctx, next) => {
    const incoming = adoptIncoming ? ctx.get(REQUEST_ID_HEADER) : '';
    const id = requestIdFor(incoming, adoptIncoming);
    ctx.state = new RequestState(rootLogger, id);
    ctx.set(REQUEST_ID_HEADER, id);
    if (incoming !== '' && incoming !== id) ctx.state.log.debug('ignored an unsafe incoming request id');
    await next();
  };
}
