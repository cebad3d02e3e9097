import { APPLICATION_KINDS, MAIN_STAGES, REVIEW_FAIL_REASONS, SIDE_STAGES } from '@ssc/shared';
import { Schema } from 'mongoose';

const STAGE_VALUES = [...MAIN_STAGES, ...SIDE_STAGES];

/**
 * One step of the timeline. Its `_id` is also the id of the outbox record announcing it, so writing
 * that record twice (a retry after a crash) is refused by the outbox's own `_id` index.
 */
const historyEntrySchema = new Schema({
  stage: { type: String, enum: STAGE_VALUES, required: true },
  at: { type: Date, required: true },
  /** Handling office, as the agency names it; null for steps the person took online. */
  office: { type: String, default: null },
  officePhone: { type: String, default: null },
  note: { type: String, default: null },
  reason: { type: String, enum: [...REVIEW_FAIL_REASONS, null], default: null },
  by: { type: String, enum: ['person', 'agency', 'demo', 'system'], required: true },
});

const deliverySchema = new Schema(
  {
    method: { type: String, enum: ['branch', 'mail'], required: true },
    branchCode: { type: String, default: null },
    /** The mailing address as encrypted JSON (recipient, phone, street are personal data). */
    addressEnc: { type: String, default: null },
  },
  { _id: false },
);

/** The card handed over on activation, as the agency's step described it. */
const issuedCardSchema = new Schema(
  {
    numberEnc: { type: String, required: true },
    /** Keyed hash of the number: its unique index reserves the number with the stage change itself. */
    numberIdx: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    /** The system that handed it over, named in the person's access log when the card is written. */
    by: { type: String, required: true },
  },
  { _id: false },
);

/** A card application and its progress through the issuing pipeline. */
export const applicationSchema = new Schema({
  personId: { type: Schema.Types.ObjectId, required: true },
  accountId: { type: Schema.Types.ObjectId, required: true },
  kind: { type: String, enum: APPLICATION_KINDS, required: true },
  bankCode: { type: String, required: true },
  delivery: { type: deliverySchema, required: true },
  photoId: { type: Schema.Types.ObjectId, required: true },
  stage: { type: String, enum: STAGE_VALUES, required: true },
  /** Not in a final stage; the partial unique index below allows one such application per person. */
  open: { type: Boolean, required: true },
  submittedAt: { type: Date, required: true },
  stageChangedAt: { type: Date, required: true },
  history: { type: [historyEntrySchema], required: true },
  /** History entries whose outbox record may not be written yet (a crash between the two writes). */
  pendingNotices: { type: [Schema.Types.ObjectId], default: [] },
  /** Set with the step to `activated`. */
  issuedCard: { type: issuedCardSchema, default: null },
  /** The person's card record is not written yet (a crash in between is finished by the sweep). */
  cardPending: { type: Boolean, default: false },
  /** Moved along by the demo mover (demo mode only). */
  demo: { type: Boolean, required: true, default: false },
});
// `open` is in the key although the filter already pins it: the embedded development server
// answers any query naming all of an index's fields from that index, partial or not.
applicationSchema.index({ personId: 1, open: 1 }, { unique: true, partialFilterExpression: { open: true }, name: 'one_open_per_person' });
applicationSchema.index({ personId: 1, submittedAt: -1 });
applicationSchema.index({ stage: 1, stageChangedAt: 1 });
// A card number is handed over once: two activations naming it cannot both be recorded.
applicationSchema.index({ 'issuedCard.numberIdx': 1 }, { unique: true, sparse: true, name: 'issued_card_number' });
// The sweep's and the apply check's look-up of activations still to write their card: few at any time.
applicationSchema.index({ cardPending: 1, stageChangedAt: 1 }, { partialFilterExpression: { cardPending: true }, name: 'card_pending' });
