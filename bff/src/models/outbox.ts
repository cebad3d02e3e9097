import { Schema } from 'mongoose';

/**
 * Notifications waiting to be delivered (the sending worker is a later piece of work). Writing a
 * record here is part of the change it reports, so no change goes unannounced.
 */
export const outboxSchema = new Schema({
  personId: { type: Schema.Types.ObjectId, required: true, index: true },
  /** e.g. application.stageChanged, card.lossLifted, card.passwordLocked */
  kind: { type: String, required: true },
  /** Data for the message template: codes and ids, no personal values. */
  payload: { type: Schema.Types.Mixed, required: true },
  status: { type: String, enum: ['pending', 'sending', 'sent', 'failed', 'dead'], required: true, default: 'pending' },
  attempts: { type: Number, required: true, default: 0 },
  createdAt: { type: Date, required: true },
  nextAttemptAt: { type: Date, required: true },
});
outboxSchema.index({ status: 1, nextAttemptAt: 1 });
