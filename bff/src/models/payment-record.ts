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

/** The key imports replace a record by: one person's month of one type, from one employer for work injury. */
export const RECORD_KEY_INDEX = { key: { personId: 1, period: 1, type: 1, employerKey: 1 }, name: 'record_key', unique: true } as const;
/** The unique index records had before work injury was kept per employer (see db/record-keys.ts). */
export const FORMER_RECORD_KEY_INDEX = 'personId_1_period_1_type_1';

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
  /**
   * Which of the month's records of this type it is (`employerKeyOf`): the employer's name for work
   * injury, which each of a person's employers pays; empty for the other types, one a month.
   */
  employerKey: { type: String, default: '' },
  place: { type: placeSchema, required: true },
  status: { type: String, enum: RECORD_STATUSES, required: true },
  /** The agency system (or seed) that first reported the record. */
  source: { type: String, required: true },
  createdAt: { type: Date, required: true },
});
// Upserts: every field of the key is in their filter. On MongoDB its prefix also answers the
// year/range reads, which name each month and type with $in.
paymentRecordSchema.index(RECORD_KEY_INDEX.key, { name: RECORD_KEY_INDEX.name, unique: true });
// One type's history in period order on MongoDB; on the embedded server, which answers only from an
// index whose every field the filter pins, the year/range reads (person, months, types) too.
paymentRecordSchema.index({ personId: 1, type: 1, period: 1 });
// Whole-history reads (summary, years). A prefix of the two above on MongoDB, but the embedded
// server uses an index only when the filter pins all of its fields; declared last so it never wins
// over the more selective ones there.
paymentRecordSchema.index({ personId: 1 });

export type PaymentRecordDoc = InferSchemaType<typeof paymentRecordSchema>;
