import { Types } from 'mongoose';
import { isDuplicateKey } from '../db/unavailable';
import type { Deps } from '../deps';

export interface Notice {
  personId: string;
  kind: 'application.stageChanged' | 'card.lossLifted' | 'card.passwordLocked' | 'card.formalLoss';
  /** Codes and ids only: templates are filled in the person's language when sending. */
  payload: Record<string, string | number | boolean | null>;
}

/** Queues a notification for the person. */
export async function enqueue(deps: Deps, notice: Notice): Promise<void> {
  await queueOnce(deps, new Types.ObjectId(), notice);
}

/**
 * Queues a notification under a given id, once: the id is the change's own (a history entry, a
 * card's pending notice), so writing it again (a retry after a crash, a sweep racing the request
 * that made the change) is refused by the outbox's `_id` index and each change is announced once.
 */
export async function queueOnce(deps: Deps, id: Types.ObjectId, notice: Omit<Notice, 'personId'> & { personId: string | Types.ObjectId }): Promise<void> {
  const now = deps.now();
  try {
    await deps.models.Outbox.create({ _id: id, ...notice, status: 'pending', attempts: 0, createdAt: now, nextAttemptAt: now });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}
