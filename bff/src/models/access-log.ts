import { Schema } from 'mongoose';

/** Who read or changed whose personal data: the person can list their own entries. */
export const accessLogSchema = new Schema({
  personId: { type: Schema.Types.ObjectId, required: true },
  accountId: { type: Schema.Types.ObjectId, default: null },
  /** weapp, alipay, h5, or the agency/scanner system that acted. */
  actor: { type: String, required: true },
  /** Stable action code, e.g. card.read, card.reveal, records.read. */
  action: { type: String, required: true },
  at: { type: Date, required: true },
  requestId: { type: String, default: null },
});
accessLogSchema.index({ personId: 1, at: -1 });
