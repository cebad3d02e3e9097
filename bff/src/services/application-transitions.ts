import { addChinaYears, CARD_VALIDITY_YEARS, canTransition, chinaDayStart, isFinal, type IssuedCard, type ReviewFailReason, type Stage } from '@ssc/shared';
import { Types } from 'mongoose';
import type { Deps } from '../deps';
import { isDuplicateKey } from '../db/unavailable';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../errors';
import { assertSealable } from './application-rules';
import { issueFromApplication } from './card-factory';
import { flushNotices } from './application-notices';
import { findApplication, type ApplicationDoc } from './application-store';

export interface TransitionInput {
  applicationId: string;
  /** Limits the change to this person's own application (the person cancelling). */
  personId?: string;
  /** Limits the change to this bank's applications (a bank's key); others are not found. */
  bankCode?: string;
  /** The stage the caller saw (the demo mover); without it, the current stage. */
  from?: Stage;
  to: Stage;
  /** `system`: a step the service takes by itself (a card not collected within a year sealed). */
  by: 'person' | 'agency' | 'demo' | 'system';
  office: string | null;
  officePhone?: string | null;
  note?: string | null;
  reason?: ReviewFailReason | null;
  /** The card handed over: with, and only with, the step to `activated`. */
  card?: IssuedCard;
  /** Who hands the card over (the agency system's name), for the person's access log. */
  actor?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A card's calendar days, China time: valid from the start of the day of issue to the end of the day of expiry. */
function cardDates(card: IssuedCard): { issuedAt: Date; expiresAt: Date } {
  return { issuedAt: new Date(`${card.issuedOn}T00:00:00+08:00`), expiresAt: new Date(`${card.expiresOn}T23:59:59.999+08:00`) };
}

function refuseCard(field: 'issuedOn' | 'expiresOn', code: string, message: string): never {
  throw new ValidationError([{ path: `body.card.${field}`, code, message }]);
}

/** A reason says why a review failed: on any other step it would read as a fault of a step that passed. */
function checkReasonPresence(input: TransitionInput): void {
  if (input.reason && input.to !== 'reviewFailed') {
    throw new ValidationError([{ path: 'body.reason', code: 'notAllowed', message: 'allowed only when the review failed' }]);
  }
}

function checkCardPresence(input: TransitionInput): void {
  if ((input.to === 'activated') !== (input.card !== undefined)) {
    throw new ValidationError([{ path: 'body.card', code: 'required', message: 'required when, and only when, the card is activated' }]);
  }
}

/**
 * The card handed over must be one this application could have produced: issued between the day
 * it was submitted and today, valid ten years at most, not expired, and not another person's.
 */
async function checkCard(deps: Deps, app: ApplicationDoc, card: IssuedCard, now: Date): Promise<void> {
  const { issuedAt, expiresAt } = cardDates(card);
  if (issuedAt > now) refuseCard('issuedOn', 'future', 'a card cannot be handed over before it is issued');
  if (issuedAt < chinaDayStart(app.submittedAt)) refuseCard('issuedOn', 'beforeApplication', 'the card was issued before the application was made');
  if (expiresAt <= now) refuseCard('expiresOn', 'past', 'the card has expired already');
  if (expiresAt > addChinaYears(new Date(issuedAt.getTime() + DAY_MS - 1), CARD_VALIDITY_YEARS)) refuseCard('expiresOn', 'tooLong', 'a card is valid ten years at most');
  const holder = await deps.models.Card.findOne({ cardNumberIdx: deps.cipher.index('cardNumber', card.number) }, { personId: 1 }).lean();
  if (holder && !holder.personId.equals(app.personId)) throw cardNumberTaken();
}

function cardNumberTaken(): AppError {
  return new AppError(409, 'CARD_NUMBER_TAKEN', 'This card number is recorded for another card already');
}

/** The application's record of the card handed over, or nothing for other steps. */
function issuedCardSet(deps: Deps, input: TransitionInput): Record<string, unknown> {
  if (!input.card) return {};
  const numberIdx = deps.cipher.index('cardNumber', input.card.number);
  return { issuedCard: { numberEnc: deps.cipher.encrypt(input.card.number), numberIdx, ...cardDates(input.card), by: input.actor ?? input.by }, cardPending: true };
}

/** Whether a repeated `activated` step names the card the first one did. */
function sameCard(deps: Deps, app: ApplicationDoc, card: IssuedCard | undefined): boolean {
  if (!card || !app.issuedCard) return !card && !app.issuedCard;
  const { issuedAt, expiresAt } = cardDates(card);
  return app.issuedCard.numberIdx === deps.cipher.index('cardNumber', card.number) && app.issuedCard.issuedAt.getTime() === issuedAt.getTime() && app.issuedCard.expiresAt.getTime() === expiresAt.getTime();
}

function entryOf(input: TransitionInput, at: Date) {
  return {
    _id: new Types.ObjectId(),
    stage: input.to,
    at,
    office: input.office,
    officePhone: input.officePhone ?? null,
    note: input.note ?? null,
    reason: input.reason ?? null,
    by: input.by,
  };
}

/** The same step as the last one taken: a retry (say, after a timeout) is answered, not refused. */
function isRepeat(deps: Deps, app: ApplicationDoc, input: TransitionInput): boolean {
  const last = app.history[app.history.length - 1];
  if (!last || last.stage !== input.to || last.by !== input.by) return false;
  const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
  return same(last.office, input.office) && same(last.officePhone, input.officePhone) && same(last.note, input.note) && same(last.reason, input.reason) && sameCard(deps, app, input.card);
}

export function illegalTransition(from: string, to: string): AppError {
  return new AppError(409, 'ILLEGAL_TRANSITION', `No step from ${from} to ${to}`, { details: { from, to } });
}

/**
 * Moves an application one step along the state machine and records it in the timeline. The write
 * is conditional on the stage it was decided from, so of two concurrent steps only one applies;
 * the other is decided again on the new stage. The outbox record is written right after, and
 * again (idempotently) by any later call should this one die in between.
 */
export async function transition(deps: Deps, input: TransitionInput): Promise<ApplicationDoc> {
  if (input.to === 'reviewFailed' && !input.reason) throw new ValidationError([{ path: 'body.reason', code: 'required', message: 'required when the review failed' }]);
  checkCardPresence(input);
  const scope = { _id: input.applicationId, ...(input.personId ? { personId: input.personId } : {}), ...(input.bankCode ? { bankCode: input.bankCode } : {}) };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const app = await findApplication(deps, scope);
    if (!app) throw new NotFoundError('No such application');
    // Judged with the step, once the application is found: an unknown one stays a 404 whatever the body.
    checkReasonPresence(input);
    if (app.pendingNotices.length > 0) await flushNotices(deps, app);
    // An activation whose card was not written yet (a crash in between): finish it first.
    if (app.cardPending) await issueFromApplication(deps, app);
    if (isRepeat(deps, app, input)) return app;
    const from = app.stage;
    if ((input.from && input.from !== from) || !canTransition(from, input.to)) throw illegalTransition(from, input.to);
    const now = deps.now();
    assertSealable(app, input.to, now);
    if (input.card) await checkCard(deps, app, input.card, now);
    const entry = entryOf(input, now);
    const moved = await deps.models.Application.findOneAndUpdate(
      { _id: app._id, stage: from },
      { $set: { stage: input.to, open: !isFinal(input.to), stageChangedAt: now, ...issuedCardSet(deps, input) }, $push: { history: entry, pendingNotices: entry._id } },
      { returnDocument: 'after', lean: true },
    ).catch((error: unknown) => {
      // Another activation recorded this card number first (the unique index on the application):
      // nothing of this step was written.
      if (input.card && isDuplicateKey(error)) throw cardNumberTaken();
      throw error;
    });
    if (moved) {
      // The card first: the notice tells the person their card is ready to use.
      await issueFromApplication(deps, moved);
      await flushNotices(deps, moved);
      return moved;
    }
  }
  throw new ConflictError('Application kept changing under this request');
}
