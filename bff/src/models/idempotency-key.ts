import { Schema } from 'mongoose';

/**
 * A submission key and the application id reserved for it. The unique index makes the reservation
 * the single point where concurrent duplicates meet; keys are forgotten after 24 hours (TTL).
 */
export const idempotencyKeySchema = new Schema({
  accountId: { type: Schema.Types.ObjectId, required: true },
  key: { type: String, required: true },
  /** sha256 of the person and the canonical request body: the same key with another body is refused. */
  bodyHash: { type: String, required: true },
  applicationId: { type: Schema.Types.ObjectId, required: true },
  createdAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
});
idempotencyKeySchema.index({ accountId: 1, key: 1 }, { unique: true });
idempotencyKeySchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
