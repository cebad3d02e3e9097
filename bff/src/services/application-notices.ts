import type { Types } from 'mongoose';
import type { Deps } from '../deps';
import type { ApplicationDoc } from './application-store';
import { queueOnce } from './outbox-service';

/**
 * Writes the outbox record of each stage change still marked pending on the application, then
 * clears the mark. The record's `_id` is the history entry's, so a second write (a retry after a
 * crash between the stage change and this, or two flushes racing) is refused by the outbox's
 * `_id` index: each stage change is announced exactly once, without a multi-document transaction.
 */
export async function flushNotices(deps: Deps, app: ApplicationDoc): Promise<void> {
  for (const noticeId of app.pendingNotices) {
    const index = app.history.findIndex((entry) => entry._id.equals(noticeId));
    const entry = app.history[index];
    const previous = app.history[index - 1];
    if (entry && previous) await writeOnce(deps, noticeId, app, { from: previous.stage, to: entry.stage, delivery: app.delivery.method, ...(entry.reason ? { reason: entry.reason } : {}) });
    await deps.models.Application.updateOne({ _id: app._id }, { $pull: { pendingNotices: noticeId } });
  }
}

/**
 * A failed review's reason code and the delivery method go along: the notice explains the stage
 * (a mailed card is activated, not collected, at a branch) without reading the application again.
 */
type Change = { from: string; to: string; delivery: string; reason?: string };

async function writeOnce(deps: Deps, noticeId: Types.ObjectId, app: ApplicationDoc, change: Change): Promise<void> {
  await queueOnce(deps, noticeId, { personId: app.personId, kind: 'application.stageChanged', payload: { applicationId: String(app._id), ...change } });
}

/** Announces changes left pending by a crash (older than `olderThanMs`, so live requests finish their own). */
export async function flushPendingNotices(deps: Deps, olderThanMs = 60_000): Promise<number> {
  const before = new Date(deps.now().getTime() - olderThanMs);
  const stuck = await deps.models.Application.find({ 'pendingNotices.0': { $exists: true }, stageChangedAt: { $lte: before } }).limit(100).lean();
  for (const app of stuck) await flushNotices(deps, app);
  return stuck.length;
}
