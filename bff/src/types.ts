import type { ParameterizedContext } from 'koa';
import type { Logger } from 'pino';
import type { SessionInfo } from './services/session-service';

/** What the early middleware puts on `ctx.state` for everything after it. */
export interface AppState {
  requestId: string;
  /** Child logger bound to the request id: use it, not the root logger, inside a request. */
  log: Logger;
  /** Set by the error middleware so the request log line carries the code. */
  errorCode?: string;
  /** Set by requireSession. */
  session?: SessionInfo;
  /** Set by requirePerson: the only person whose data this request may touch. */
  personId?: string;
  /** Set by requireApiKey: the scanner or agency system calling. */
  client?: string;
  /** Set for a bank's key: the only bank whose applications and cards the request may touch. */
  bankScope?: string;
}

export type AppContext = ParameterizedContext<AppState>;
