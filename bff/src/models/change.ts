import { Schema } from 'mongoose';

/**
 * "Something about `key` changed": how one BFF instance tells the others to forget what they keep
 * in memory about it (services/change-feed.ts). `at` is the writer's clock; each instance reads the
 * recent ones a few times a second. Kept an hour, far longer than any instance needs them.
 */
export const changeSchema = new Schema(
  {
    /** What kind of thing changed: `sessions` (key: account id) or `records` (key: person id). */
    topic: { type: String, required: true },
    key: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
changeSchema.index({ at: 1 }, { expireAfterSeconds: 3600 });
