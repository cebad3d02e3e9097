import { isCardExpired, maskCardNumber, type CardView } from '@ssc/shared';
import type { Deps } from '../deps';
import { AppError, ConflictError, ValidationError } from '../errors';
import { recordAccess } from './access-log-service';
import { cardNotUsable, findCard, findCardById, liftExpiredLoss, requireCard, TEMPORARY_LOSS_MS, transition, transitionOrConflict, type CardDoc } from './card-record';
import { cardView, type Actor } from './card-service';
import { checkPassword } from './password-service';
import { findPersonByIdNumber } from './person-service';

/** A change that lost a race reads the card again and decides anew, this many times at most. */
const RACE_ATTEMPTS = 3;

function formallyLost(): AppError {
  return new AppError(409, 'CARD_FORMALLY_LOST', 'Formal loss reports are final');
}

/**
 * Temporary (verbal) loss report: no password, because someone who just lost the card must be able
 * to stop it at once. The card is unusable (no QR code) until lifted, by the person or after 7 days.
 */
export async function reportLoss(deps: Deps, personId: string, who: Actor): Promise<CardView> {
  for (let attempt = 1; ; attempt += 1) {
    const card = await requireCard(deps, personId);
    // Reporting twice (a double tap, a second device) is not an error, and does not move the
    // deadline; nor is it when the two reports run at once: the one that loses reads the card again.
    if (card.state === 'K') return cardView(deps, card);
    if (card.state === 'L') throw formallyLost();
    if (card.state !== 'A') throw cardNotUsable(card.state);
    const now = deps.now();
    // An expired card works nowhere already; a report would only stand in the way of its renewal.
    if (isCardExpired(card.expiresAt, now)) throw cardNotUsable(card.state, { expired: true });
    const loss = { kind: 'temporary', reportedAt: now, liftsAt: new Date(now.getTime() + TEMPORARY_LOSS_MS), liftedAt: null, recordedBy: null };
    const reported = await transition(deps, card, { state: 'K', loss });
    if (!reported) {
      if (attempt < RACE_ATTEMPTS) continue;
      throw new ConflictError('Card changed by another request');
    }
    await recordAccess(deps, { personId, ...who, action: 'card.lossReported' });
    return cardView(deps, reported);
  }
}

/** Lifts a temporary report early; this needs the service password, reporting did not. */
export async function liftLoss(deps: Deps, personId: string, password: string, who: Actor): Promise<CardView> {
  const card = await requireCard(deps, personId);
  if (card.state === 'L') throw formallyLost();
  if (card.state !== 'K') throw new AppError(409, 'CARD_NOT_LOST', 'No loss report to lift', { details: { state: card.state } });
  await checkPassword(deps, card, password, { allowInitial: false });
  const lifted = await transitionOrConflict(deps, card, { state: 'A', 'loss.liftedAt': deps.now() });
  await recordAccess(deps, { personId, ...who, action: 'card.lossLifted' });
  return cardView(deps, lifted);
}

/**
 * A formal loss report, recorded by the bank's system (`client`): final, the card is replaced.
 * Recording it again answers the same, also while the first is still under way; a cancelled or
 * replaced card cannot be reported. Naming the card makes a late retry safe: once the replacement
 * is the person's card, it is refused. Banks must name it; the agency may leave it out.
 */
export async function recordFormalLoss(deps: Deps, report: { idNumber: string; cardNumber?: string; bankCode?: string }, who: Actor) {
  // A bank's system retries on its own schedule: it names the card, so no retry reaches a replacement.
  if (report.bankCode !== undefined && report.cardNumber === undefined) {
    throw new ValidationError([{ path: 'body.cardNumber', code: 'custom', message: 'A bank names the card it reports lost' }]);
  }
  const person = await findPersonByIdNumber(deps, report.idNumber);
  const card = person ? await findCard(deps, person._id) : null;
  // A bank records loss of its own cards: another bank's card is not found, like no card at all.
  if (!person || !card || (report.bankCode !== undefined && card.bank !== report.bankCode)) throw new AppError(404, 'CARD_NOT_FOUND', 'No card for this ID number');
  if (report.cardNumber !== undefined && deps.cipher.decrypt(card.cardNumberEnc) !== report.cardNumber) {
    // A report about a card the person no longer holds (a retry arriving after the replacement
    // was activated) must not make the new card lost.
    const earlier = card.previous.find((old) => deps.cipher.decrypt(old.cardNumberEnc) === report.cardNumber);
    if (earlier) throw cardNotUsable(earlier.state);
    throw new AppError(404, 'CARD_NOT_FOUND', 'No such card for this ID number');
  }
  let recorded = card;
  for (let attempt = 1; recorded.state !== 'L'; attempt += 1) {
    if (recorded.state === 'G' || recorded.state === 'T') throw cardNotUsable(recorded.state);
    const loss = { kind: 'formal', reportedAt: deps.now(), liftsAt: null, liftedAt: null, recordedBy: who.actor };
    const changed = await transition(deps, recorded, { state: 'L', loss }, { kind: 'card.formalLoss', payload: { cardId: String(card._id), recordedBy: who.actor } });
    if (changed) {
      recorded = changed;
      await recordAccess(deps, { personId: String(person._id), ...who, action: 'card.formalLoss' });
      break;
    }
    // Another request changed the card first (a retry of this report, say): decide again on it.
    if (attempt >= RACE_ATTEMPTS) throw new ConflictError('Card changed by another request');
    const fresh = await findCardById(deps, String(card._id));
    if (!fresh) throw new AppError(404, 'CARD_NOT_FOUND', 'No card for this ID number');
    recorded = fresh;
  }
  return {
    cardNumber: maskCardNumber(deps.cipher.decrypt(recorded.cardNumberEnc)),
    state: recorded.state,
    reportedAt: (recorded.loss?.reportedAt ?? deps.now()).toISOString(),
  };
}

/**
 * A replacement applied for during a temporary loss report makes the report final, as a
 * replacement follows a formal loss report: otherwise the old card would come back to life when
 * its seven days are up, or when lifted, while its replacement is being made. No notice: the
 * person does it here, and the form says so. True when done; false when the card changed first.
 */
export async function makeLossFinal(deps: Deps, card: CardDoc, who: Actor): Promise<boolean> {
  const loss = { kind: 'formal', reportedAt: deps.now(), liftsAt: null, liftedAt: null, recordedBy: who.actor };
  const changed = await transition(deps, card, { state: 'L', loss });
  if (!changed) return false;
  await recordAccess(deps, { personId: String(card.personId), ...who, action: 'card.formalLoss' });
  return true;
}

/** The sweep behind the lazy lift: lifts every temporary report past its 7 days. Returns how many. */
export async function liftExpiredLossReports(deps: Deps): Promise<number> {
  const due = deps.models.Card.find({ state: 'K', 'loss.kind': 'temporary', 'loss.liftsAt': { $lte: deps.now() } }).lean().cursor();
  let lifted = 0;
  for await (const card of due) if (await liftExpiredLoss(deps, card)) lifted += 1;
  return lifted;
}
