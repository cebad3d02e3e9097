import { Schema } from 'mongoose';

/**
 * The message centre: one entry per notice. Its `_id` is the outbox record's, so delivering a
 * record twice (a retry after a crash) cannot show the person two entries. Texts are made when
 * read, in the reader's language, from the kind and payload (codes and ids only).
 */
export const notificationSchema = new Schema({
  personId: { type: Schema.Types.ObjectId, required: true },
  kind: { type: String, required: true },
  payload: { type: Schema.Types.Mixed, required: true },
  createdAt: { type: Date, required: true },
  readAt: { type: Date, default: null },
});
notificationSchema.index({ personId: 1, createdAt: -1, _id: -1 });
notificationSchema.index({ personId: 1, readAt: 1 });
