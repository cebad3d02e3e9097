import { INITIAL_PASSWORD, type ApplicationKind, type CardState } from '@ssc/shared';
import type { Types } from 'mongoose';
import { isDuplicateKey } from '../db/unavailable';
import type { Deps } from '../deps';
import { ConflictError } from '../errors';
import { hashPassword } from '../security/password-hash';
import { recordAccess } from './access-log-service';

export interface NewCard {
  cardNumber: string;
  bank: string;
  city: string;
  issuedAt: Date;
  expiresAt: Date;
  state?: CardState;
  /** Whether the password is still the initial one; defaults to true unless `password` is given. */
  initialPassword?: boolean;
  /** A password already chosen (seed data, tests); the initial 123456 otherwise. */
  password?: string;
}

/**
 * Records a person's card as the card production system hands it over (seed data, tests): the
 * card number encrypted, the service password hashed, the initial 123456 unless told otherwise.
 */
export async function issueCard(deps: Deps, personId: string | Types.ObjectId, card: NewCard) {
  const password = card.password ?? INITIAL_PASSWORD;
  return deps.models.Card.create({
    personId,
    cardNumberEnc: deps.cipher.encrypt(card.cardNumber),
    cardNumberIdx: deps.cipher.index('cardNumber', card.cardNumber),
    bank: card.bank,
    city: card.city,
    issuedAt: card.issuedAt,
    expiresAt: card.expiresAt,
    state: card.state ?? 'A',
    loss: null,
    password: { hash: await hashPassword(password), initial: card.initialPassword ?? card.password === undefined, failedAttempts: 0, lockedAt: null, changedAt: null },
    version: 0,
  });
}

/** An application that reached `activated`, with the card the branch handed over. */
export interface ActivatedApplication {
  _id: Types.ObjectId;
  personId: Types.ObjectId;
  kind: ApplicationKind;
  bankCode: string;
  /** When it was activated (its stage is final from then on). */
  stageChangedAt: Date;
  issuedCard?: { numberEnc: string; numberIdx: string; issuedAt: Date; expiresAt: Date; by?: string | null } | null;
  /** The card record is still to be written. */
  cardPending?: boolean;
}

async function freshPassword() {
  return { hash: await hashPassword(INITIAL_PASSWORD), initial: true, failedAttempts: 0, lockedAt: null, changedAt: null };
}

type IssuedFacts = NonNullable<ActivatedApplication['issuedCard']>;

/** One try at writing the card; false when another write got there first (look again). */
async function issueOnce(deps: Deps, app: ActivatedApplication, issued: IssuedFacts): Promise<boolean> {
  const current = await deps.models.Card.findOne({ personId: app.personId }).lean();
  if (current?.applicationId?.equals(app._id)) return true;
  // A later activation (its card written while this one waited for the sweep) already gave the
  // person a newer card: this one's card was superseded before it was ever written.
  if (current?.activatedAt && current.activatedAt > app.stageChangedAt) return true;
  const person = await deps.models.Person.findById(app.personId, { city: 1 }).lean();
  const face = {
    cardNumberEnc: issued.numberEnc,
    cardNumberIdx: issued.numberIdx,
    bank: app.bankCode,
    city: person?.city ?? current?.city ?? '',
    issuedAt: issued.issuedAt,
    expiresAt: issued.expiresAt,
    state: 'A' as const,
    loss: null,
    applicationId: app._id,
    activatedAt: app.stageChangedAt,
  };
  if (!current) {
    try {
      await deps.models.Card.create({ personId: app.personId, ...face, password: await freshPassword(), version: 0 });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }
  const before = {
    cardNumberEnc: current.cardNumberEnc,
    bank: current.bank,
    city: current.city,
    issuedAt: current.issuedAt,
    expiresAt: current.expiresAt,
    state: current.state === 'G' ? 'G' : 'T',
    endedAt: deps.now(),
  };
  const replaced = await deps.models.Card.findOneAndUpdate(
    { _id: current._id, version: current.version },
    { $set: { ...face, ...(app.kind === 'new' ? { password: await freshPassword() } : {}) }, $push: { previous: before }, $inc: { version: 1 } },
    { returnDocument: 'after', lean: true },
  );
  return replaced !== null;
}

/**
 * Makes the card an activated application handed over the person's current card. A first card
 * is created on the initial password. A card replacing another (a replacement, a renewal, or a
 * new card after a cancelled one) takes the old one's place, which is kept under `previous` as
 * replaced (or cancelled, if it was); the version bump makes every QR code of the old card stale.
 * The e-card password is the person's, not the plastic's: it carries over, except onto a new card.
 *
 * Idempotent: the card records the application it came from, so a second call (a retried step,
 * the sweep after a crash, two instances at once) finds its work done. The application's
 * `cardPending` is cleared only once the card is written.
 */
export async function issueFromApplication(deps: Deps, app: ActivatedApplication): Promise<void> {
  const issued = app.issuedCard;
  if (!app.cardPending || !issued) return;
  let done = false;
  for (let attempt = 0; attempt < 3 && !done; attempt += 1) done = await issueOnce(deps, app, issued);
  // Left set when the card kept changing under these attempts: the sweep tries again.
  if (!done) throw new ConflictError('Card kept changing while the new card was being issued');
  // Logged before the mark is cleared: a crash in between logs it twice, never not at all.
  await recordAccess(deps, { personId: String(app.personId), actor: issued.by ?? 'agency', action: 'card.issued' });
  await deps.models.Application.updateOne({ _id: app._id }, { $set: { cardPending: false } });
}

const PENDING_FIELDS = { personId: 1, kind: 1, bankCode: 1, stageChangedAt: 1, issuedCard: 1, cardPending: 1 } as const;

/**
 * Finishes activations a crash left without their card (older than `olderThanMs`, so live steps
 * finish their own). One that fails is left for the next run; the others go on.
 */
export async function issuePendingCards(deps: Deps, olderThanMs = 60_000): Promise<number> {
  const before = new Date(deps.now().getTime() - olderThanMs);
  const pending = await deps.models.Application.find({ cardPending: true, stageChangedAt: { $lte: before } }, PENDING_FIELDS).limit(100).lean();
  let issued = 0;
  for (const app of pending) {
    try {
      await issueFromApplication(deps, app);
      issued += 1;
    } catch (error) {
      // Name and code only: a driver message may quote stored values.
      deps.logger.warn({ applicationId: String(app._id), error: { name: (error as Error).name, code: (error as { code?: unknown }).code } }, 'card of an activated application not issued yet');
    }
  }
  return issued;
}

/** Before anything is decided on a person's card: activations of theirs still waiting for their card finish first. */
export async function finishPendingActivations(deps: Deps, personId: string | Types.ObjectId): Promise<void> {
  const pending = await deps.models.Application.find({ personId, cardPending: true }, PENDING_FIELDS).lean();
  for (const app of pending.sort((a, b) => a.stageChangedAt.getTime() - b.stageChangedAt.getTime())) await issueFromApplication(deps, app);
}

/**
 * Gives cards recorded before card numbers were indexed their keyed hash, so the uniqueness check
 * sees them too. Run at start-up; a number two such cards share is left unindexed and reported.
 */
export async function indexCardNumbers(deps: Deps): Promise<number> {
  const cards = await deps.models.Card.find({ cardNumberIdx: { $exists: false } }, { cardNumberEnc: 1 }).lean();
  let indexed = 0;
  for (const card of cards) {
    try {
      await deps.models.Card.updateOne({ _id: card._id }, { $set: { cardNumberIdx: deps.cipher.index('cardNumber', deps.cipher.decrypt(card.cardNumberEnc)) } });
      indexed += 1;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      deps.logger.warn({ cardId: String(card._id) }, 'card number shared with another card: left unindexed for the agency to correct');
    }
  }
  return indexed;
}
