import type { Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Database } from './db/open-database';

export interface ShutdownDeps {
  server: Server;
  database: Database;
  logger: Logger;
  /** How long in-flight requests get before their connections are cut. */
  timeoutMs: number;
}

/**
 * Prepares a graceful stop; call it right after creating the server so it sees every request.
 * `server.close()` alone stops accepting but leaves keep-alive sockets of in-flight requests
 * open until their idle timeout (seconds), so responses still to come are told `Connection:
 * close` and sockets are closed as soon as they fall idle.
 */
export function prepareShutdown({ server, database, logger, timeoutMs }: ShutdownDeps): () => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  server.on('request', (_request, response: ServerResponse) => {
    // Answered already, by the kept-reads front (http/kept-reads.ts): nothing left in flight.
    if (response.writableEnded) {
      if (stopping) setImmediate(() => server.closeIdleConnections());
      return;
    }
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });

  return async () => {
    stopping = true;
    // Ahead of the app's listener: the kept-reads front answers before the listener above runs.
    server.prependListener('request', (_request, response: ServerResponse) => response.setHeader('Connection', 'close'));
    for (const response of inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const deadline = setTimeout(() => {
      logger.warn({ timeoutMs, inFlight: inFlight.size }, 'requests still running at the shutdown deadline: closing their connections');
      server.closeAllConnections();
    }, timeoutMs);
    await closed;
    clearTimeout(deadline);
    await database.close();
  };
}

/** SIGINT/SIGTERM run the shutdown once; a second signal stops waiting for it. */
export function onShutdownSignals(shutdown: () => Promise<void>, logger: Logger, exit: (code: number) => void): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutdown started');
    shutdown().then(
      () => {
        logger.info({ signal }, 'shutdown complete');
        exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
