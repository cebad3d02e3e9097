import { Schema } from 'mongoose';

/**
 * The insured-person registry the agency keeps: who may bind a card. Name, ID number and phone are
 * stored only encrypted (`*Enc`, see FieldCipher); `idNumberIdx` / `phoneIdx` are keyed hashes for lookup.
 */
export const personSchema = new Schema(
  {
    nameEnc: { type: String, required: true },
    idNumberEnc: { type: String, required: true },
    idNumberIdx: { type: String, required: true, unique: true },
    phoneEnc: { type: String, required: true },
    phoneIdx: { type: String, required: true, index: true },
    /** Issuing city of the card, e.g. 广州市 / Guangzhou. */
    city: { type: String, required: true },
    /** Whether the person is retired (pension being drawn). */
    retired: { type: Boolean, default: false },
    /** Flexible worker: pays pension and medical alone. */
    flexibleWorker: { type: Boolean, default: false },
  },
  { timestamps: true },
);
