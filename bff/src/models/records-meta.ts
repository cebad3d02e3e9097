import { Schema } from 'mongoose';

/**
 * One per person with records: `version` is bumped after every change to the person's records or
 * accounts, so it alone decides whether an earlier answer (ETag, a cache) is still right.
 */
export const recordsMetaSchema = new Schema({
  personId: { type: Schema.Types.ObjectId, required: true, unique: true },
  version: { type: Number, required: true, default: 0 },
  updatedAt: { type: Date, required: true },
});
