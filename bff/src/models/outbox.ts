import { Schema } from 'mongoose';

/** One way a notice reaches the person: the message centre, WeChat, Alipay or SMS. */
const channelSchema = new Schema(
  {
    /** skipped: not wanted, no address or not configured; failed: refused for good (not retried). */
    status: { type: String, enum: ['pending', 'sent', 'failed', 'skipped'], required: true },
    attempts: { type: Number, required: true, default: 0 },
    /** Why it failed or was skipped (e.g. USER_REFUSED, QUOTA_EXHAUSTED, NO_ADDRESS). */
    code: { type: String, default: null },
    sentAt: { type: Date, default: null },
    /** One unit of the person's subscription quota is set aside for this send (kept across a crash). */
    quotaHeld: { type: Boolean, default: false },
    /** Set just before the upstream call, cleared with its result: still set means a worker stopped mid-send. */
    startedAt: { type: Date, default: null },
  },
  { _id: false },
);

const channel = { type: channelSchema, default: null };

/**
 * Notifications waiting to be delivered. Writing a record here is part of the change it reports,
 * so no change goes unannounced; the worker (notify/worker.ts) delivers it.
 *
 * A worker owns a record while it holds the lease: `leaseId` is unique per claim, and every write
 * the worker makes is conditional on it, so a worker whose lease was taken over can change nothing.
 * While `sending`, `nextAttemptAt` equals `leaseUntil`: an expired lease is claimable like a due retry.
 */
export const outboxSchema = new Schema({
  personId: { type: Schema.Types.ObjectId, required: true, index: true },
  /** e.g. application.stageChanged, card.lossLifted, card.passwordLocked */
  kind: { type: String, required: true },
  /** Data for the message template: codes and ids, no personal values. */
  payload: { type: Schema.Types.Mixed, required: true },
  status: { type: String, enum: ['pending', 'sending', 'sent', 'failed', 'dead'], required: true, default: 'pending' },
  /** Claims so far, counted at claim time: a record that kills its worker still runs out of attempts. */
  attempts: { type: Number, required: true, default: 0 },
  createdAt: { type: Date, required: true },
  nextAttemptAt: { type: Date, required: true },
  leaseId: { type: String, default: null },
  leaseOwner: { type: String, default: null },
  leaseUntil: { type: Date, default: null },
  /** Set when the channels are chosen (first claim); the language is fixed then too. */
  plannedAt: { type: Date, default: null },
  locale: { type: String, default: null },
  channels: { inbox: channel, weapp: channel, alipay: channel, sms: channel },
  /** The last transient failure: code and a developer message without personal data. */
  lastError: { type: new Schema({ code: String, message: String, at: Date }, { _id: false }), default: null },
  finishedAt: { type: Date, default: null },
  deadAt: { type: Date, default: null },
});
outboxSchema.index({ status: 1, nextAttemptAt: 1 });
