import { setTimeout as sleep } from 'node:timers/promises';
import mongoose, { type Connection, type ConnectOptions } from 'mongoose';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from './unavailable';

/**
 * Fail fast, and never wait on the database without a limit: a mini-program user is better served
 * by a quick 503 and "try again" than by a spinner. Driver 7 ignores the client-wide `timeoutMS`
 * (its CSOT is a no-op there), so the bounds come from these older options.
 *
 * - Down (connection refused or reset): no buffering and a half-second server selection, so every
 *   request answers 503 within about half a second instead of waiting mongoose's 10 s buffer or
 *   the driver's 30 s. A read in flight when the database goes away is retried once
 *   (retryReads) after another selection, so it too fails within half a second.
 * - Slow (answers late or not at all): the monitor polls every 2 s and gives each poll
 *   `connectTimeoutMS`. A database that cannot answer a `hello` in 2 s is marked down; the driver
 *   then interrupts the operations waiting on it and new ones fail at selection, so a request
 *   ends within about 5 s. Polling rather than MongoDB's streamed heartbeats, which keep arriving
 *   on a slow link and would never time out.
 * - `socketTimeoutMS` is the last resort for one stuck operation on an otherwise healthy server.
 */
export const CONNECTION_OPTIONS = {
  bufferCommands: false,
  serverSelectionTimeoutMS: 500,
  connectTimeoutMS: 2000,
  heartbeatFrequencyMS: 2000,
  serverMonitoringMode: 'poll',
  socketTimeoutMS: 10_000,
} as const satisfies ConnectOptions;

/**
 * The embedded server in our own process answers on our own event loop: a late reply means this
 * process was busy (seeding, twenty tests in one worker), not that the database is slow, and a
 * heartbeat timing out would only cut healthy operations short. What stays is the outage bound.
 */
export const IN_PROCESS_OPTIONS = { ...CONNECTION_OPTIONS, connectTimeoutMS: 30_000, socketTimeoutMS: 0 } as const satisfies ConnectOptions;

/** Start-up waits this long for a database that is not reachable yet (it may be starting too). */
export const STARTUP_WAIT_MS = 10_000;

/**
 * Opens a dedicated connection (no global mongoose state, so tests can open several). Retries
 * while the database is unreachable, for up to STARTUP_WAIT_MS: the half-second selection is for
 * requests, not for a start-up racing the database's own.
 */
export async function connectDatabase(uri: string, dbName: string, logger: Logger, { inProcess = false } = {}): Promise<Connection> {
  const options = { ...(inProcess ? IN_PROCESS_OPTIONS : CONNECTION_OPTIONS), dbName };
  const connection = mongoose.createConnection();
  connection.on('disconnected', () => logger.warn('database disconnected'));
  connection.on('reconnected', () => logger.info('database reconnected'));
  const deadline = Date.now() + STARTUP_WAIT_MS;
  for (;;) {
    try {
      await connection.openUri(uri, options);
      return connection;
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() >= deadline) throw error;
      logger.warn({ error: (error as Error).name }, 'database not reachable yet, retrying');
      await sleep(250);
    }
  }
}

/** A URI for the logs: any `user:password@` part is dropped. */
export function redactUri(uri: string): string {
  return uri.replace(/^(mongodb(?:\+srv)?:\/\/)[^@/]*@/, '$1');
}
