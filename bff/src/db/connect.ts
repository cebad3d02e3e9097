import mongoose, { type Connection, type ConnectOptions } from 'mongoose';
import type { Logger } from 'pino';

/**
 * Fail fast. Without buffering and with a short server selection, an outage surfaces within
 * ~1.5 s as an error the error middleware turns into a 503, instead of requests hanging for
 * mongoose's 10 s buffer or the driver's 30 s server selection.
 */
export const CONNECTION_OPTIONS = {
  bufferCommands: false,
  serverSelectionTimeoutMS: 1500,
  // The driver also re-checks a lost server on demand; a shorter heartbeat only makes
  // `readyState` (and the reconnect log line) follow reality sooner.
  heartbeatFrequencyMS: 2000,
} as const satisfies ConnectOptions;

/** Opens a dedicated connection (no global mongoose state, so tests can open several). */
export async function connectDatabase(uri: string, dbName: string, logger: Logger): Promise<Connection> {
  const connection = mongoose.createConnection(uri, { ...CONNECTION_OPTIONS, dbName });
  connection.on('disconnected', () => logger.warn('database disconnected'));
  connection.on('reconnected', () => logger.info('database reconnected'));
  await connection.asPromise();
  return connection;
}

/** A URI for the logs: any `user:password@` part is dropped. */
export function redactUri(uri: string): string {
  return uri.replace(/^(mongodb(?:\+srv)?:\/\/)[^@/]*@/, '$1');
}
