import { renewableFrom, sealedAt, type ApplicationKind, type ApplyBody, type ApplyRefusal, type Stage } from '@ssc/shared';
import { findBank, findBranch } from '../data/banks';
import type { Deps } from '../deps';
import { AppError, ConflictError, ValidationError } from '../errors';
import { finishPendingActivations } from './card-factory';
import type { Actor } from './card-service';
import { makeLossFinal } from './loss-service';

interface CardFacts {
  state: string;
  expiresAt: Date;
  loss?: { kind: string; liftsAt?: Date | null } | null;
}

export interface Refusal {
  reason: ApplyRefusal;
  renewableFrom?: string;
}

/** A temporary report whose seven days have passed no longer counts as lost, even before the sweep lifts it. */
function isLost(card: CardFacts, now: Date): boolean {
  if (card.state === 'L') return true;
  return card.state === 'K' && !(card.loss?.liftsAt && card.loss.liftsAt <= now);
}

/**
 * Why a person with this card (or none) may not apply for `kind`, or null when they may: a new
 * card only without a usable one, a replacement after a loss report, a renewal from 60 days
 * before expiry.
 */
export function refusalFor(kind: ApplicationKind, card: CardFacts | null, now: Date): Refusal | null {
  const usable = card !== null && card.state !== 'G';
  if (kind === 'new') return usable ? { reason: 'hasCard' } : null;
  if (!usable) return { reason: 'noCard' };
  const lost = isLost(card, now);
  if (kind === 'replacement') return lost ? null : { reason: 'notReportedLost' };
  if (lost) return { reason: 'reportedLost' };
  if (card.state !== 'A' && card.state !== 'S') return { reason: 'notRenewable' };
  const from = renewableFrom(card.expiresAt);
  return now < from ? { reason: 'tooEarly', renewableFrom: from.toISOString() } : null;
}

/** A change that lost a race reads the card again and decides anew, this many times at most. */
const RACE_ATTEMPTS = 3;

/**
 * Refuses `kind` when the person's card does not allow it (409 APPLICATION_NOT_ALLOWED). A
 * replacement during a temporary loss report makes the report final first (`makeLossFinal`).
 */
export async function assertKindAllowed(deps: Deps, personId: string, kind: ApplicationKind, who: Actor): Promise<void> {
  // An activation whose card a crash left unwritten decides what the person holds now.
  await finishPendingActivations(deps, personId);
  for (let attempt = 1; ; attempt += 1) {
    const card = await deps.models.Card.findOne({ personId }).lean();
    const refusal = refusalFor(kind, card, deps.now());
    if (refusal) throw new AppError(409, 'APPLICATION_NOT_ALLOWED', `Kind ${kind} refused: ${refusal.reason}`, { details: refusal });
    if (kind !== 'replacement' || card?.state !== 'K') return;
    if (await makeLossFinal(deps, card, who)) return;
    // Lifted, or reported again, at the same moment: decide again on the card as it is now.
    if (attempt >= RACE_ATTEMPTS) throw new ConflictError('Card changed by another request');
  }
}

/** The bank and branch exist (the form's list may be stale) and the photo is the person's own. */
export async function assertRequestValid(deps: Deps, personId: string, body: ApplyBody): Promise<void> {
  if (!findBank(body.bankCode)) throw new ValidationError([{ path: 'body.bankCode', code: 'unknown', message: 'unknown bank' }]);
  if (body.delivery.method === 'branch' && !findBranch(body.bankCode, body.delivery.branchCode)) {
    throw new ValidationError([{ path: 'body.delivery.branchCode', code: 'unknown', message: 'not a branch of this bank' }]);
  }
  const photo = await deps.models.Photo.exists({ _id: body.photoId, personId });
  if (!photo) throw new AppError(404, 'PHOTO_NOT_FOUND', 'Photo missing or not this person');
}

/**
 * The agency may record a card as sealed only once its year is up; before that the person can
 * still collect it, and a sealed card means applying again from the start.
 */
export function assertSealable(app: { stage: Stage; stageChangedAt: Date }, to: Stage, now: Date): void {
  if (to !== 'expiredUncollected' || app.stage !== 'readyToCollect') return;
  const from = sealedAt(app.stageChangedAt);
  if (now < from) {
    throw new AppError(409, 'ILLEGAL_TRANSITION', 'The card can still be collected', { details: { from: app.stage, to, sealableFrom: from.toISOString() } });
  }
}
