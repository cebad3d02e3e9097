import type { Deps } from '../deps';
import { AppError, NotFoundError } from '../errors';
import { isNoticeKind } from '../notify/content';
import { CHANNELS } from '../notify/plan';

type OutboxDoc = NonNullable<Awaited<ReturnType<typeof findDead>>>[number];

function findDead(deps: Deps, limit: number) {
  return deps.models.Outbox.find({ status: 'dead' }).sort({ deadAt: -1, _id: -1 }).limit(limit).lean();
}

/** What an operator needs to judge a failure: kind, attempts, errors per channel; no payload, no person. */
function toDeadLetter(doc: OutboxDoc) {
  const channels = Object.fromEntries(
    CHANNELS.flatMap((name) => {
      const state = doc.channels?.[name];
      return state ? [[name, { status: state.status, attempts: state.attempts, code: state.code ?? null }]] : [];
    }),
  );
  return {
    id: String(doc._id),
    kind: isNoticeKind(doc.kind) ? doc.kind : 'application.stageChanged',
    status: 'dead' as const,
    attempts: doc.attempts,
    createdAt: doc.createdAt.toISOString(),
    deadAt: doc.deadAt ? doc.deadAt.toISOString() : null,
    lastError: doc.lastError?.code ? { code: doc.lastError.code, message: doc.lastError.message ?? '' } : null,
    channels,
  };
}

export async function listDeadLetters(deps: Deps, limit: number) {
  const docs = await findDead(deps, limit);
  return { deadLetters: docs.filter((doc) => isNoticeKind(doc.kind)).map(toDeadLetter) };
}

/**
 * Puts a dead record back in the queue with a fresh count of attempts. Channels already sent stay
 * sent and channels refused for good stay refused: only what was still pending is tried again.
 */
export async function retryDeadLetter(deps: Deps, id: string, operator: string) {
  const now = deps.now();
  const revived = await deps.models.Outbox.findOneAndUpdate(
    { _id: id, status: 'dead' },
    { $set: { status: 'pending', attempts: 0, nextAttemptAt: now, deadAt: null } },
    { returnDocument: 'after', lean: true },
  );
  if (!revived) {
    if (await deps.models.Outbox.exists({ _id: id })) throw new AppError(409, 'NOT_DEAD_LETTER', 'Record is not dead');
    throw new NotFoundError('No such outbox record');
  }
  deps.logger.info({ notice: id, operator }, 'dead-letter notice put back in the queue');
  return { id, status: 'pending' as const };
}
