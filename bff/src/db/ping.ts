import type { Connection } from 'mongoose';

export class DatabasePingTimeoutError extends Error {
  override name = 'DatabasePingTimeoutError';
}

/**
 * Round-trips a `ping` and returns its latency in ms. Bounded twice: the driver's own `timeoutMS`
 * (which also caps server selection) and a timer of ours, so a health check never hangs even if
 * the driver misbehaves.
 */
export async function pingDatabase(connection: Connection, timeoutMs: number): Promise<number> {
  const db = connection.db;
  if (!db) throw new Error('MongoDB connection was never opened');
  const started = performance.now();
  const ping = db.command({ ping: 1 }, { timeoutMS: timeoutMs });
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
