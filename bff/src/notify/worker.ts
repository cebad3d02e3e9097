import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Deps } from '../deps';
import { deliver, type Outcome } from './deliver';
import { claimNext } from './lease';

export interface WorkerOptions {
  /** Names this worker in leases (logs and the operator's view); unique per process by default. */
  owner?: string;
  /** Pause when nothing is due. */
  pollMs?: number;
  /** How long a claim lasts without being renewed; renewed before every send. */
  leaseMs?: number;
  /** Claims of one record before it goes to the dead letters. */
  maxAttempts?: number;
  /** Jitter source (tests make it predictable). */
  random?: () => number;
}

export const WORKER_DEFAULTS = { pollMs: 2000, leaseMs: 120_000, maxAttempts: 8 };

export type Tally = Record<Outcome, number>;

/**
 * Claims and delivers due records one at a time until none is due, `limit` is reached or
 * `stopping()` says so. One record at a time keeps a killed worker's loss to one lease.
 */
export async function deliverDue(deps: Deps, options: WorkerOptions & { limit?: number; stopping?: () => boolean } = {}): Promise<Tally> {
  const { leaseMs, maxAttempts } = { ...WORKER_DEFAULTS, ...options };
  const owner = options.owner ?? `${os.hostname()}:${process.pid}`;
  const tally: Tally = { sent: 0, failed: 0, retry: 0, dead: 0, lost: 0 };
  for (let n = 0; n < (options.limit ?? Infinity) && !options.stopping?.(); n += 1) {
    const claim = await claimNext(deps, owner, leaseMs);
    if (!claim) break;
    tally[await deliver(deps, claim, { leaseMs, maxAttempts, random: options.random })] += 1;
  }
  return tally;
}

/**
 * Runs the delivery loop in this process until the returned function is called; that function
 * resolves once the record in hand is finished. Any number of workers may run, in one process or
 * on many instances: each record is claimed by one of them at a time.
 */
export function startNotificationWorker(deps: Deps, options: WorkerOptions = {}): () => Promise<void> {
  const settings = { ...WORKER_DEFAULTS, ...options, owner: options.owner ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}` };
  let stopped = false;
  let wake = () => {};
  const pause = () => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, settings.pollMs);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  const loop = async () => {
    while (!stopped) {
      let handled = 0;
      try {
        const tally = await deliverDue(deps, { ...settings, limit: 100, stopping: () => stopped });
        handled = Object.values(tally).reduce((a, b) => a + b, 0);
      } catch (error) {
        // Database down or the like: the lease in hand expires and the record is taken up again.
        deps.logger.warn({ error: { name: (error as Error).name, code: (error as { code?: unknown }).code } }, 'notification worker round failed');
      }
      if (handled === 0 && !stopped) await pause();
    }
  };
  deps.logger.info({ owner: settings.owner }, 'notification worker started');
  const running = loop();
  return async () => {
    stopped = true;
    wake();
    await running;
    deps.logger.info({ owner: settings.owner }, 'notification worker stopped');
  };
}
