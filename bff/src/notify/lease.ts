import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps';

async function findLean(deps: Deps, id: unknown) {
  return deps.models.Outbox.findById(id).lean();
}

export type OutboxRecord = NonNullable<Awaited<ReturnType<typeof findLean>>>;

/** A claimed record and the claim's id: every write below is conditional on still holding it. */
export interface Claim {
  record: OutboxRecord;
  leaseId: string;
}

/**
 * Claims the record due first, atomically (one findAndModify): pending and due, or sending with an
 * expired lease (its worker died or stalled; `nextAttemptAt` is the lease's end then). The attempt
 * is counted here, so a record that keeps killing its worker still runs out of attempts.
 */
export async function claimNext(deps: Deps, owner: string, leaseMs: number): Promise<Claim | null> {
  const now = deps.now();
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const leaseId = randomUUID();
  const record = await deps.models.Outbox.findOneAndUpdate(
    { status: { $in: ['pending', 'sending'] }, nextAttemptAt: { $lte: now } },
    { $set: { status: 'sending', leaseId, leaseOwner: owner, leaseUntil, nextAttemptAt: leaseUntil }, $inc: { attempts: 1 } },
    { sort: { nextAttemptAt: 1, _id: 1 }, returnDocument: 'after', lean: true },
  );
  return record ? { record, leaseId } : null;
}

/**
 * Applies `update` only while the claim holds. Before each send the lease is also pushed out by
 * `leaseMs`, so a send always starts with a whole lease ahead of it: far longer than the upstream
 * timeout, so no other worker can take the record over while the send is in flight.
 */
export async function whileHeld(deps: Deps, claim: Claim, update: { $set?: Record<string, unknown>; $inc?: Record<string, number> }, leaseMs?: number): Promise<boolean> {
  const $set = { ...update.$set };
  if (leaseMs !== undefined) $set.leaseUntil = $set.nextAttemptAt = new Date(deps.now().getTime() + leaseMs);
  const result = await deps.models.Outbox.updateOne({ _id: claim.record._id, leaseId: claim.leaseId }, { ...update, $set });
  return result.matchedCount === 1;
}

const RELEASED = { leaseId: null, leaseOwner: null, leaseUntil: null };

/** Done: every channel delivered, skipped or refused for good. */
export function finish(deps: Deps, claim: Claim, status: 'sent' | 'failed'): Promise<boolean> {
  const now = deps.now();
  return whileHeld(deps, claim, { $set: { status, finishedAt: now, nextAttemptAt: now, ...RELEASED } });
}

/** A transient failure: try again after `delayMs`. */
export function retryLater(deps: Deps, claim: Claim, error: { code: string; message: string }, delayMs: number): Promise<boolean> {
  const now = deps.now();
  return whileHeld(deps, claim, { $set: { status: 'pending', nextAttemptAt: new Date(now.getTime() + delayMs), lastError: { ...error, at: now }, ...RELEASED } });
}

/** Out of attempts: parked for an operator, who can list and retry it. */
export function deadLetter(deps: Deps, claim: Claim, error: { code: string; message: string } | null): Promise<boolean> {
  const now = deps.now();
  const last = error ? { lastError: { ...error, at: now } } : {};
  return whileHeld(deps, claim, { $set: { status: 'dead', deadAt: now, nextAttemptAt: now, ...last, ...RELEASED } });
}
