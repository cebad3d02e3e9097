import { startApplicationMover } from './demo/application-mover';
import type { Deps } from './deps';
import { sealUncollectedCards } from './services/application-expiry';
import { flushPendingNotices } from './services/application-notices';
import { issuePendingCards } from './services/card-factory';
import { flushPendingCardNotices } from './services/card-notices';
import { liftExpiredLossReports } from './services/loss-service';
import { finishAbandonedChanges } from './services/records-etag';

export interface BackgroundOptions {
  /** How often the sweeps run (loss reports due to lift, application and card notices not yet queued, records changes left without their version, cards not yet issued, cards uncollected for a year). */
  sweepIntervalMs?: number;
  /** Demo mode: how often seeded and new applications move one stage along. */
  demoStepMs?: number;
}

/**
 * Periodic work of a BFF instance. Each job is safe to run on every instance at once (conditional
 * updates), so no leader election is needed. Returns the function that stops them.
 */
export function startBackgroundJobs(deps: Deps, options: BackgroundOptions = {}): () => void {
  const stops: (() => void)[] = [];
  const every = (name: string, ms: number, job: () => Promise<unknown>) => {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      job()
        // Name and code only: a driver message may quote stored values.
        .catch((error: unknown) => deps.logger.warn({ job: name, error: { name: (error as Error).name, code: (error as { code?: unknown }).code } }, 'background job failed'))
        .finally(() => (running = false));
    }, ms);
    timer.unref();
    stops.push(() => clearInterval(timer));
  };
  const sweep = options.sweepIntervalMs ?? 60_000;
  every('lift expired loss reports', sweep, () => liftExpiredLossReports(deps));
  every('queue pending application notices', sweep, () => flushPendingNotices(deps));
  every('queue pending card notices', sweep, () => flushPendingCardNotices(deps));
  every('bump records versions of changes that stopped half-way', sweep, () => finishAbandonedChanges(deps));
  every('issue cards of activated applications', sweep, () => issuePendingCards(deps));
  every('seal cards not collected within a year', sweep, () => sealUncollectedCards(deps));
  stops.push(startApplicationMover(deps, { intervalMs: options.demoStepMs ?? 20_000 }));
  return () => stops.forEach((stop) => stop());
}
