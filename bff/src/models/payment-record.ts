import { INSURANCE_TYPES, RECORD_STATUSES } from '@ssc/shared';
import { Schema, type InferSchemaType } from 'mongoose';

const placeSchema = new Schema(
  {
    city: { type: String, required: true },
    /** Handling district or social insurance office. */
    district: { type: String, required: true },
  },
  { _id: false },
);

/**
 * One month of one insurance type for one person, as the agency reports it. Amounts are integer
 * fen; the total is always personal + employer, so it is not stored twice.
 */
export const paymentRecordSchema = new Schema({
  personId: { type: Schema.Types.ObjectId, required: true },
  /** YYYY-MM */
  period: { type: String, required: true },
  type: { type: String, enum: INSURANCE_TYPES, required: true },
  /** Contribution base (缴费基数). */
  base: { type: Number, required: true },
  personal: { type: Number, required: true },
  employer: { type: Number, required: true },
  /** Who paid the employer's side: an employer, or nobody because the person is a flexible worker. */
  payer: { type: String, enum: ['employer', 'flexible'], required: true },
  /** Null for flexible workers. */
  employerName: { type: String, default: null },
  place: { type: placeSchema, required: true },
  status: { type: String, enum: RECORD_STATUSES, required: true },
  /** The agency system (or seed) that first reported the record. */
  source: { type: String, required: true },
  createdAt: { type: Date, required: true },
});
// Upserts and the year/range reads: the reads name each month and type with $in, so every server
// (the embedded one answers only fully pinned indexes) reads just those entries.
paymentRecordSchema.index({ personId: 1, period: 1, type: 1 }, { unique: true });
// One type's history (type filter, per-type summaries) in period order on MongoDB.
paymentRecordSchema.index({ personId: 1, type: 1, period: 1 });
// Whole-history reads (summary, years). A prefix of the two above on MongoDB, but the embedded
// server uses an index only when the filter pins all of its fields; declared last so it never wins
// over the more selective ones there.
paymentRecordSchema.index({ personId: 1 });

export type PaymentRecordDoc = InferSchemaType<typeof paymentRecordSchema>;
