import { z } from 'zod';
import { checkIdNumber } from '../domain/id-number';

/**
 * The electronic card: requests and responses of `/card`, `/scanner` and `/agency/cards`.
 * Card states as real systems code them: A active, S not enabled yet (封存), K temporarily reported
 * lost, L formally reported lost, G cancelled, T replaced.
 */
export const CARD_STATES = ['A', 'S', 'K', 'L', 'G', 'T'] as const;
export const CardState = z.enum(CARD_STATES);
export type CardState = z.infer<typeof CardState>;

const isoDate = z.iso.datetime();

/** A password being checked: anything but six digits is a typing slip, not a wrong guess. */
const currentPassword = z.string().regex(/^\d{6}$/, 'six digits');
/** A password being set: any short string, so the rules it breaks can be named (PASSWORD_RULES). */
const newPassword = z.string().max(32);

export const CardView = z.object({
  cardNumber: z.string().describe('Masked card number'),
  holder: z.object({ name: z.string(), idNumber: z.string() }).describe('Masked name and ID number'),
  bank: z.string(),
  city: z.string(),
  issuedAt: isoDate,
  expiresAt: isoDate,
  // Optional so a card saved offline by an earlier version still loads; absent reads as not expired.
  expired: z
    .boolean()
    .optional()
    .describe('Past its expiry by the server clock: no QR code, whatever the state says. The BFF always sends it.'),
  state: CardState,
  loss: z.object({ kind: z.enum(['temporary', 'formal']), reportedAt: isoDate, liftsAt: isoDate.nullable() }).nullable(),
  password: z.object({
    mustChange: z.boolean().describe('Still the initial password: change it before any password-protected action'),
    locked: z.boolean(),
    attemptsLeft: z.number().int().min(0),
  }),
  renewableFrom: isoDate.describe('Renewal opens 60 days before expiry'),
  replacementOffered: z.boolean().describe('True after a formal loss report: a replacement card can be applied for'),
});
export type CardView = z.infer<typeof CardView>;

export const RevealRequest = z.object({ password: currentPassword }).strict();
export const RevealedCard = z.object({ cardNumber: z.string(), name: z.string(), idNumber: z.string() });

export const ChangePasswordRequest = z.object({ oldPassword: currentPassword, newPassword }).strict();
export const ResetCodeSent = z.object({ phoneMasked: z.string(), expiresInSeconds: z.number().int(), resendInSeconds: z.number().int() });
export const ResetPasswordRequest = z.object({ code: z.string().min(1).max(12), newPassword }).strict();

export const LiftLossRequest = z.object({ password: currentPassword }).strict();

export const QrCode = z.object({
  token: z.string(),
  expiresAt: isoDate,
  refreshInSeconds: z.number().int().positive().describe('Ask for a new code after this long, before the current one expires'),
});

export const ScanRequest = z.object({ token: z.string().min(1).max(1000) }).strict();
export const SCAN_RESULTS = ['valid', 'expired', 'used', 'invalid', 'cardNotUsable'] as const;
export const ScanResult = z.object({
  result: z.enum(SCAN_RESULTS),
  holder: z.object({ name: z.string(), idNumber: z.string() }).optional().describe('Masked; only when valid'),
  city: z.string().optional(),
  cardState: CardState.optional(),
});
export type ScanResult = z.infer<typeof ScanResult>;

export const FormalLossRequest = z
  .object({
    idNumber: z.string().max(32).refine((value) => checkIdNumber(value).ok, 'not a valid ID number'),
    cardNumber: z
      .string()
      .regex(/^[A-Z]\d{8}$/, 'one capital letter and eight digits')
      .optional()
      .describe('The card reported lost; required from a bank. With it, a retry that arrives after the card was replaced is refused instead of reporting the new card lost.'),
  })
  .strict();
export const FormalLossRecorded = z.object({ cardNumber: z.string().describe('Masked'), state: CardState, reportedAt: isoDate });
