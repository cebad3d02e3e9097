import type { IncomingMessage, ServerResponse } from 'node:http';
import type Router from '@koa/router';
import Koa from 'koa';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { Config } from './config';
import { errorHandler } from './middleware/error-handler';
import { hostileInput } from './middleware/hostile-input';
import { jsonBody } from './middleware/json-body';
import { requestId } from './middleware/request-id';
import { RequestLines, requestLog } from './middleware/request-log';
import { securityHeaders } from './middleware/security-headers';
import { staticH5 } from './middleware/static-h5';
import { keptReadsFront, type KeptReads } from './http/kept-reads';
import { apiRouter } from './routes/api';
import { healthRouter } from './routes/health';
import type { AppState } from './types';
import { VERSION } from './version';

export interface AppDeps {
  connection: Connection;
  logger: Logger;
  config: Pick<Config, 'nodeEnv'> & Partial<Pick<Config, 'trustProxy'>>;
  version?: string;
  /** More resource routers to mount under /api/v1: the seam for feature modules and tests. */
  routers?: readonly Router<AppState>[];
  /** A folder with the H5 build to serve at `/`; without it the app serves the API alone. */
  h5Root?: string;
  /** Reads answered before Koa when the instance keeps what they need (http/kept-reads.ts). */
  keptReads?: KeptReads;
}

/** Builds the Koa app from its dependencies. It does not listen: server.ts and the tests do. */
export function createApp(deps: AppDeps): Koa<AppState> {
  // Behind the proxy, the client's address is the last X-Forwarded-For entry: the one the proxy
  // itself wrote. Entries before it are whatever the client sent, and would reset per-address limits.
  const app = new Koa<AppState>({ env: deps.config.nodeEnv, proxy: deps.config.trustProxy ?? false, maxIpsCount: 1 });
  const resources = [healthRouter({ connection: deps.connection, version: deps.version ?? VERSION }), ...(deps.routers ?? [])];
  const api = apiRouter(resources);

  // The words of the API's paths: an unmatched path is logged with these and nothing else.
  const apiWords = new Set(api.stack.flatMap((layer) => String(layer.path).split('/')).filter((word) => word !== '' && !word.startsWith(':')));

  // A person's records reads the kept-reads front answers (below) do not pass through this chain:
  // whatever a middleware added here does for them, the front must do too (http/kept-reads.ts).
  app.use(errorHandler(deps.logger));
  // Only a trusted gateway's request id is adopted: a client's could carry anything into the logs.
  app.use(requestId(deps.logger, { adoptIncoming: deps.config.trustProxy ?? false }));
  const lines = new RequestLines(deps.logger);
  app.use(requestLog(lines, apiWords));
  app.use(securityHeaders());
  app.use(jsonBody());
  // Operator keys, prototype keys and invisible characters never reach a route.
  app.use(hostileInput());
  app.use(api.routes());
  app.use(api.allowedMethods());
  // Behind the API: a request the routers did not answer may be a page or an asset of the H5 app.
  if (deps.h5Root) app.use(staticH5(deps.h5Root));

  // Only errors the error middleware could not answer (headers already sent) get here; replace
  // Koa's console.error with the structured log.
  app.on('error', (error: unknown) => deps.logger.error({ err: error }, 'response failed after headers were sent'));

  if (deps.keptReads) {
    // Every server and test takes its listener from `callback()`: the front goes there, ahead of Koa.
    const front = keptReadsFront(deps.keptReads, { lines, logger: deps.logger, adoptIncomingIds: deps.config.trustProxy ?? false });
    const koaCallback = app.callback.bind(app);
    app.callback = () => {
      const handle = koaCallback();
      const listener = (req: IncomingMessage, res: ServerResponse) => front(req, res, () => void handle(req, res));
      return listener as unknown as typeof handle;
    };
  }
  return app;
}
