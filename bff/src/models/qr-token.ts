import { Schema } from 'mongoose';

/**
 * Issued dynamic QR codes, by their random id (`jti`). The signed token says what the code is;
 * this record makes it single use: a scan sets `usedAt` once. TTL removes a record once it expired.
 */
export const qrTokenSchema = new Schema({
  jti: { type: String, required: true, unique: true },
  cardId: { type: Schema.Types.ObjectId, required: true },
  expiresAt: { type: Date, required: true },
  usedAt: { type: Date, default: null },
  /** The scanner client that used it. */
  usedBy: { type: String, default: null },
});
qrTokenSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
