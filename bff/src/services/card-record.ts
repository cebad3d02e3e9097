import type { Types } from 'mongoose';
import type { Deps } from '../deps';
import { AppError, ConflictError } from '../errors';
import { flushCardNotices, withNotice, type CardNotice } from './card-notices';

/** A temporary (verbal) loss report lifts itself after seven days. */
export const TEMPORARY_LOSS_MS = 7 * 24 * 60 * 60 * 1000;

async function findLean(deps: Deps, filter: { personId?: string | Types.ObjectId; _id?: Types.ObjectId | string }) {
  return deps.models.Card.findOne(filter).lean();
}

export type CardDoc = NonNullable<Awaited<ReturnType<typeof findLean>>>;

function isLossDue(card: CardDoc, now: Date): boolean {
  const liftsAt = card.loss?.kind === 'temporary' ? card.loss.liftsAt : null;
  return card.state === 'K' && Boolean(liftsAt && liftsAt <= now);
}

/**
 * Moves a card to a new state. The filter on `version` makes concurrent changes safe (the loser
 * gets null), and the bump makes every QR code made before the change stale.
 */
export async function transition(deps: Deps, card: CardDoc, set: Record<string, unknown>, notice?: CardNotice): Promise<CardDoc | null> {
  const update = withNotice(deps, { $set: set, $inc: { version: 1 } }, notice);
  const changed = await deps.models.Card.findOneAndUpdate({ _id: card._id, version: card.version }, update, { returnDocument: 'after', lean: true });
  // The notice was written with the change; queued now, or by the sweep after a crash.
  if (changed && notice) await flushCardNotices(deps, changed);
  return changed;
}

/** Like `transition`, but a lost race is a 409 the client can retry after refreshing. */
export async function transitionOrConflict(deps: Deps, card: CardDoc, set: Record<string, unknown>): Promise<CardDoc> {
  const changed = await transition(deps, card, set);
  if (!changed) throw new ConflictError('Card changed by another request');
  return changed;
}

/** Lifts an expired temporary loss report; true when this call did it (and so announced it). */
export async function liftExpiredLoss(deps: Deps, card: CardDoc): Promise<boolean> {
  if (!isLossDue(card, deps.now())) return false;
  const notice: CardNotice = { kind: 'card.lossLifted', payload: { cardId: String(card._id), reason: 'expired' } };
  return (await transition(deps, card, { state: 'A', 'loss.liftedAt': card.loss?.liftsAt }, notice)) !== null;
}

/**
 * The card as it is now. Expired temporary loss reports are lifted here, on read, as well as by
 * the periodic sweep, so nobody waits for the sweep to use their card again.
 */
async function current(deps: Deps, card: CardDoc | null): Promise<CardDoc | null> {
  if (!card || !isLossDue(card, deps.now())) return card;
  await liftExpiredLoss(deps, card);
  return findLean(deps, { _id: card._id });
}

export async function findCard(deps: Deps, personId: string | Types.ObjectId): Promise<CardDoc | null> {
  return current(deps, await findLean(deps, { personId }));
}

export async function findCardById(deps: Deps, cardId: string): Promise<CardDoc | null> {
  return current(deps, await findLean(deps, { _id: cardId }));
}

/** The person's card; 404 CARD_NOT_FOUND when they have none. */
export async function requireCard(deps: Deps, personId: string | Types.ObjectId): Promise<CardDoc> {
  const card = await findCard(deps, personId);
  if (!card) throw new AppError(404, 'CARD_NOT_FOUND', 'Person has no card');
  return card;
}

export function cardNotUsable(state: string, options: { expired?: boolean } = {}): AppError {
  if (options.expired) return new AppError(409, 'CARD_NOT_USABLE', 'Card has expired', { details: { state, expired: true } });
  return new AppError(409, 'CARD_NOT_USABLE', 'Card state does not allow this', { details: { state } });
}
