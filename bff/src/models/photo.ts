import { Schema } from 'mongoose';

/** An uploaded ID photo (used for the card face), readable by its owner only. */
export const photoSchema = new Schema({
  personId: { type: Schema.Types.ObjectId, required: true },
  contentType: { type: String, enum: ['image/jpeg', 'image/png'], required: true },
  data: { type: Buffer, required: true },
  size: { type: Number, required: true },
  width: { type: Number, required: true },
  height: { type: Number, required: true },
  sha256: { type: String, required: true },
  uploadedAt: { type: Date, required: true },
});
photoSchema.index({ personId: 1, sha256: 1 });
