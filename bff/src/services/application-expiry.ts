import { addChinaYears, sealedAt, UNCOLLECTED_EXPIRY_YEARS } from '@ssc/shared';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { transition } from './application-transitions';

const BATCH = 100;

/**
 * Seals the cards waiting at a branch for a year: each such application moves to
 * `expiredUncollected` through the usual transition (timeline entry, notice to the person).
 * Safe on every instance at once: the transition is conditional on the stage.
 */
export async function sealUncollectedCards(deps: Deps): Promise<number> {
  const now = deps.now();
  const before = addChinaYears(now, -UNCOLLECTED_EXPIRY_YEARS);
  const found = await deps.models.Application.find({ stage: 'readyToCollect', stageChangedAt: { $lte: before } }, { _id: 1, stageChangedAt: 1 }).sort({ stageChangedAt: 1 }).limit(BATCH).lean();
  // Calendar years are not all alike (29 February): the query's bound is close, this is exact.
  const due = found.filter((app) => sealedAt(app.stageChangedAt) <= now);
  let sealed = 0;
  for (const app of due) {
    try {
      await transition(deps, { applicationId: String(app._id), from: 'readyToCollect', to: 'expiredUncollected', by: 'system', office: null });
      sealed += 1;
    } catch (error) {
      // Collected (or sealed by another instance) in the meantime.
      if (!(error instanceof AppError && error.code === 'ILLEGAL_TRANSITION')) throw error;
    }
  }
  return sealed;
}
