import { Types } from 'mongoose';
import type { Deps } from '../deps';
import { queueOnce, type Notice } from './outbox-service';

export type CardNotice = Pick<Notice, 'kind' | 'payload'>;

type CardWithNotices = { _id: Types.ObjectId; personId: Types.ObjectId; pendingNotices?: { _id: Types.ObjectId; kind: string; payload: unknown; at: Date }[] };

/** Adds the notice to a card's update (`$set` and `$push`), so the change carries it. */
export function withNotice(deps: Deps, update: { $set: Record<string, unknown>; [op: string]: unknown }, notice: CardNotice | undefined) {
  if (!notice) return update;
  return { ...update, $set: { ...update.$set, noticesPending: true }, $push: { pendingNotices: { _id: new Types.ObjectId(), ...notice, at: deps.now() } } };
}

/** Moves the card's pending notices to the outbox (each once, under its own id), then clears them. */
export async function flushCardNotices(deps: Deps, card: CardWithNotices): Promise<void> {
  const pending = card.pendingNotices ?? [];
  if (pending.length === 0) return;
  for (const notice of pending) {
    await queueOnce(deps, notice._id, { personId: card.personId, kind: notice.kind as Notice['kind'], payload: notice.payload as Notice['payload'] });
    await deps.models.Card.updateOne({ _id: card._id }, { $pull: { pendingNotices: { _id: notice._id } } });
  }
  // A notice added meanwhile keeps the mark for its own move (or the sweep's).
  await deps.models.Card.updateOne({ _id: card._id, pendingNotices: { $size: 0 } }, { $unset: { noticesPending: 1 } });
}

/** Moves notices a crash left on cards (older than `olderThanMs`, so live requests move their own). */
export async function flushPendingCardNotices(deps: Deps, olderThanMs = 60_000): Promise<number> {
  const before = deps.now().getTime() - olderThanMs;
  const marked = await deps.models.Card.find({ noticesPending: true }, { personId: 1, pendingNotices: 1 }).limit(100).lean();
  const stuck = marked.filter((card) => card.pendingNotices.some((notice) => notice.at.getTime() <= before));
  for (const card of stuck) await flushCardNotices(deps, card);
  return stuck.length;
}
