import { Schema } from 'mongoose';

/** Fixed-window counters shared by every BFF instance; TTL removes a window once it is over. */
export const rateLimitSchema = new Schema({
  key: { type: String, required: true, unique: true },
  count: { type: Number, required: true },
  resetAt: { type: Date, required: true },
});
rateLimitSchema.index({ resetAt: 1 }, { expireAfterSeconds: 0 });
