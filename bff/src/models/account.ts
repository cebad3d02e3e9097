import { Schema } from 'mongoose';

export const PLATFORMS = ['weapp', 'alipay', 'h5'] as const;

const consentSchema = new Schema(
  {
    /** Version of the ID-number processing notice the person agreed to (PIPL separate consent). */
    version: { type: String, required: true },
    acceptedAt: { type: Date, required: true },
    withdrawnAt: { type: Date, default: null },
  },
  { _id: false },
);

/**
 * A binding waiting for its SMS code: the person found by the registry check and the consent given
 * for it. Kept here, never sent to the client, so confirming cannot swap in another person.
 */
const pendingBindingSchema = new Schema(
  {
    personId: { type: Schema.Types.ObjectId, required: true },
    consentVersion: { type: String, required: true },
    consentAcceptedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { _id: false },
);

/**
 * A login identity on one platform: a WeChat openid, an Alipay user_id or (H5) a phone number,
 * found by a keyed hash. Binding links it to a person; one person has at most one bound account
 * per platform (the partial unique index).
 */
export const accountSchema = new Schema(
  {
    platform: { type: String, enum: PLATFORMS, required: true },
    subjectIdx: { type: String, required: true },
    /** The subject itself, encrypted: the address of platform messages (openid / user_id). Set at each login. */
    subjectEnc: { type: String, default: null },
    personId: { type: Schema.Types.ObjectId, default: null },
    boundAt: { type: Date, default: null },
    consents: { type: [consentSchema], default: [] },
    pendingBinding: { type: pendingBindingSchema, default: null },
  },
  { timestamps: true },
);
accountSchema.index({ platform: 1, subjectIdx: 1 }, { unique: true });
accountSchema.index({ platform: 1, personId: 1 }, { unique: true, partialFilterExpression: { personId: { $type: 'objectId' } } });
