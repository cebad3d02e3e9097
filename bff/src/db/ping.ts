import type { Connection } from 'mongoose';

export class DatabasePingTimeoutError extends Error {
  override name = 'DatabasePingTimeoutError';
}

/**
 * Round-trips a `ping` and returns its latency in ms, bounded by a timer of ours: driver 7 ignores
 * `timeoutMS` (see connect.ts), and a health check must answer within `timeoutMs` whatever the
 * connection options allow a query.
 */
export async function pingDatabase(connection: Connection, timeoutMs: number): Promise<number> {
  const db = connection.db;
  if (!db) throw new Error('MongoDB connection was never opened');
  const started = performance.now();
  const ping = db.command({ ping: 1 });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabasePingTimeoutError(`ping took over ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([ping, deadline]);
  } finally {
    clearTimeout(timer);
    ping.catch(() => undefined); // the loser of the race must not become an unhandled rejection
  }
  return Math.round(performance.now() - started);
}
