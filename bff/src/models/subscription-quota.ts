import { Schema } from 'mongoose';

/**
 * One-time subscription messages a platform account may still be sent, per template: each
 * accepted tap-time subscription adds one, each send uses one. Counted on our side so a send
 * without quota is not even tried (the platform would refuse it).
 */
export const subscriptionQuotaSchema = new Schema({
  accountId: { type: Schema.Types.ObjectId, required: true },
  platform: { type: String, enum: ['weapp', 'alipay'], required: true },
  templateId: { type: String, required: true },
  available: { type: Number, required: true, default: 0, min: 0 },
  updatedAt: { type: Date, required: true },
});
subscriptionQuotaSchema.index({ accountId: 1, templateId: 1 }, { unique: true });
