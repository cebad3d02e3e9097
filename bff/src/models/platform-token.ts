import { Schema } from 'mongoose';

/**
 * Access tokens of the platforms' server APIs (`_id` like `wechat:<appid>`), shared by every
 * instance: WeChat invalidates the previous token each time a new one is fetched, so instances
 * must not each fetch their own. The token is stored encrypted. `refreshUntil` is a short lock so
 * one instance refreshes while the others keep using the current token.
 */
export const platformTokenSchema = new Schema({
  _id: { type: String, required: true },
  tokenEnc: { type: String, default: null },
  expiresAt: { type: Date, default: null },
  refreshOwner: { type: String, default: null },
  refreshUntil: { type: Date, default: null },
});
