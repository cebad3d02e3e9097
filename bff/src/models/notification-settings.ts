import { Schema } from 'mongoose';

const choiceSchema = new Schema(
  {
    kind: { type: String, required: true },
    platform: { type: Boolean, required: true },
    sms: { type: Boolean, required: true },
  },
  { _id: false },
);

/**
 * A person's notification settings (`_id` is the person's id): the language notices are written
 * in and, per kind of notice, whether it also goes out as a platform message and by SMS. Kinds
 * not listed use the defaults (platform message on, SMS off: SMS is opt-in).
 */
export const notificationSettingsSchema = new Schema({
  locale: { type: String, enum: ['zh-CN', 'en', 'es'], default: null },
  /** `explicit` (the person chose it) is never overwritten by a request's Accept-Language. */
  localeSource: { type: String, enum: ['explicit', 'request', null], default: null },
  choices: { type: [choiceSchema], default: [] },
  updatedAt: { type: Date, required: true },
});
