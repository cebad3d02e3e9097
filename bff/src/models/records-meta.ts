import { Schema } from 'mongoose';

/**
 * One per person with records: `version` is bumped after every change to the person's records or
 * accounts, so it alone decides whether an earlier answer (ETag, a cache) is still right.
 */
export const recordsMetaSchema = new Schema({
  personId: { type: Schema.Types.ObjectId, required: true, unique: true },
  version: { type: Number, required: true, default: 0 },
  updatedAt: { type: Date, required: true },
  /**
   * Changes under way (services/records-etag.ts `changeRecords`): each is noted before its writes
   * and removed by its version bump, so one that stopped in between is found and bumped later.
   */
  changes: { type: [new Schema({ _id: { type: Schema.Types.ObjectId, required: true }, at: { type: Date, required: true } })], default: [] },
  /** Set while `changes` holds any: what the sweep finds them by. */
  changing: { type: Boolean },
});
recordsMetaSchema.index({ changing: 1 }, { partialFilterExpression: { changing: true }, name: 'records_changing' });
