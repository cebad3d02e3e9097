import { Schema } from 'mongoose';

export const SMS_PURPOSES = ['login', 'bind', 'passwordReset'] as const;

/** One-time SMS codes, stored hashed, removed by TTL when they expire. */
export const smsCodeSchema = new Schema({
  purpose: { type: String, enum: SMS_PURPOSES, required: true },
  phoneIdx: { type: String, required: true },
  /** Who asked, when the code is one account's (binding): only that account may use it. */
  owner: { type: String, default: null },
  codeHash: { type: String, required: true },
  attempts: { type: Number, required: true, default: 0 },
  sentAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
  consumedAt: { type: Date, default: null },
});
smsCodeSchema.index({ purpose: 1, phoneIdx: 1, sentAt: -1 });
smsCodeSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
