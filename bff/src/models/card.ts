import { CARD_STATES } from '@ssc/shared';
import { Schema } from 'mongoose';

/** Physical card states as real systems code them; `S` (封存) is a card whose social security function is not enabled yet. */
export { CARD_STATES };

const passwordSchema = new Schema(
  {
    /** scrypt hash with its parameters, `scrypt$N=..,r=..,p=..$salt$hash` (see security/password-hash). */
    hash: { type: String, required: true },
    /** Still the initial 123456: must be changed before protected actions. */
    initial: { type: Boolean, required: true, default: true },
    /** Wrong attempts in a row, counted atomically before each check; the sixth locks. */
    failedAttempts: { type: Number, required: true, default: 0 },
    lockedAt: { type: Date, default: null },
    changedAt: { type: Date, default: null },
  },
  { _id: false },
);

const lossSchema = new Schema(
  {
    kind: { type: String, enum: ['temporary', 'formal'], required: true },
    reportedAt: { type: Date, required: true },
    /** Temporary reports lift themselves at this time (7 days after reporting). */
    liftsAt: { type: Date, default: null },
    liftedAt: { type: Date, default: null },
    /** Who recorded a formal report (the bank's system). */
    recordedBy: { type: String, default: null },
  },
  { _id: false },
);

/** A card the person held before the current one (replaced, renewed or cancelled), kept for the record. */
const previousCardSchema = new Schema(
  {
    cardNumberEnc: { type: String, required: true },
    bank: { type: String, required: true },
    city: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    /** Its state when it was superseded: `T` (replaced), or `G` when it had been cancelled already. */
    state: { type: String, enum: CARD_STATES, required: true },
    endedAt: { type: Date, required: true },
  },
  { _id: false },
);

/**
 * A notice of a change to the card, written in the same update as the change and moved to the
 * outbox right after (services/card-notices.ts): a crash in between cannot lose it.
 */
const pendingNoticeSchema = new Schema(
  {
    /** Becomes the outbox record's `_id`, so the notice is queued once however often it is moved. */
    _id: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, required: true },
    payload: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

/** A person's social security card (one current card per person) and its e-card password. */
export const cardSchema = new Schema(
  {
    personId: { type: Schema.Types.ObjectId, required: true, unique: true },
    cardNumberEnc: { type: String, required: true },
    /** Keyed hash of the card number: no two people hold the same current card. */
    cardNumberIdx: { type: String },
    bank: { type: String, required: true },
    city: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    state: { type: String, enum: CARD_STATES, required: true, default: 'A' },
    loss: { type: lossSchema, default: null },
    password: { type: passwordSchema, required: true },
    /** The application this card was issued for (null for cards from before the service). */
    applicationId: { type: Schema.Types.ObjectId, default: null },
    /** When that application was activated: an older activation finished late never replaces this card. */
    activatedAt: { type: Date, default: null },
    previous: { type: [previousCardSchema], default: [] },
    /** Bumped on every state change; QR tokens carry it so a changed card invalidates old codes. */
    version: { type: Number, required: true, default: 0 },
    pendingNotices: { type: [pendingNoticeSchema], default: [] },
    /** Set while `pendingNotices` holds any: what the sweep finds them by. */
    noticesPending: { type: Boolean },
  },
  { timestamps: true },
);
// Sparse: cards recorded before the number was indexed have none.
cardSchema.index({ cardNumberIdx: 1 }, { unique: true, sparse: true });
// The few cards whose notices a crash left unqueued.
cardSchema.index({ noticesPending: 1 }, { partialFilterExpression: { noticesPending: true }, name: 'notices_pending' });
