import { Schema, type InferSchemaType } from 'mongoose';

export const ACCOUNT_KINDS = ['pension', 'medical'] as const;

/**
 * A personal account as the agency last reported it. The balance is the personal account only:
 * most of what is paid goes to the pooled funds and never shows here.
 */
export const personalAccountSchema = new Schema({
  personId: { type: Schema.Types.ObjectId, required: true },
  kind: { type: String, enum: ACCOUNT_KINDS, required: true },
  /** Fen. */
  balance: { type: Number, required: true },
  paidIn: { type: Number, required: true },
  paidOut: { type: Number, required: true },
  /** The moment the figures describe. */
  asOf: { type: Date, required: true },
});
personalAccountSchema.index({ personId: 1, kind: 1 }, { unique: true });

export type PersonalAccountDoc = InferSchemaType<typeof personalAccountSchema>;
