import type { Connection } from 'mongoose';
import { pingDatabase } from '../db/ping';
import { ServiceUnavailableError } from '../errors';

/**
 * Health must answer well inside a load balancer's timeout, and within a second, even when the
 * database hangs: the ping's own bound leaves room for the rest of the request under load.
 */
export const HEALTH_PING_TIMEOUT_MS = 750;

export interface HealthInput {
  connection: Connection;
  version: string;
}

export interface HealthReport {
  status: 'ok';
  version: string;
  uptimeSeconds: number;
  db: { state: 'up'; latencyMs: number };
}

/** Pings the database; throws ServiceUnavailableError (503) carrying the process state when it fails. */
export async function checkHealth({ connection, version }: HealthInput): Promise<HealthReport> {
  const processState = { version, uptimeSeconds: Math.round(process.uptime()) };
  try {
    const latencyMs = await pingDatabase(connection, HEALTH_PING_TIMEOUT_MS);
    return { status: 'ok', ...processState, db: { state: 'up', latencyMs } };
  } catch (error) {
    throw new ServiceUnavailableError('Database ping failed', {
      details: { status: 'unavailable', ...processState, db: { state: 'down' } },
      cause: error,
    });
  }
}
