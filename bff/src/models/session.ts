import { Schema } from 'mongoose';

/**
 * Server-side sessions. The client holds an opaque random token; only its SHA-256 is stored.
 * `expiresAt` is the earlier of the idle deadline (moved on each use) and the absolute one; the TTL
 * index removes the document then, and every read also checks it, so no instance needs memory of it.
 */
export const sessionSchema = new Schema({
  tokenHash: { type: String, required: true, unique: true },
  accountId: { type: Schema.Types.ObjectId, required: true, index: true },
  platform: { type: String, required: true },
  /**
   * The person the account is bound to, copied here so checking a session is one lookup. Binding
   * sets it on the account's sessions; unbinding deletes them.
   */
  personId: { type: Schema.Types.ObjectId, default: null },
  createdAt: { type: Date, required: true },
  lastSeenAt: { type: Date, required: true },
  absoluteExpiresAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
});
sessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
