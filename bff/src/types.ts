import type { ParameterizedContext } from 'koa';
import type { Logger } from 'pino';

/** What the early middleware puts on `ctx.state` for everything after it. */
export interface AppState {
  requestId: string;
  /** Child logger bound to the request id: use it, not the root logger, inside a request. */
  log: Logger;
  /** Set by the error middleware so the request log line carries the code. */
  errorCode?: string;
}

export type AppContext = ParameterizedContext<AppState>;
