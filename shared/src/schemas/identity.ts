import { z } from 'zod';

/** Login platforms: WeChat mini-program, Alipay mini-program, and the H5 web page (phone + SMS). */
export const PlatformSchema = z.enum(['weapp', 'alipay', 'h5']);

/** Mainland mobile numbers: 11 digits starting 13-19. */
export const PhoneSchema = z.string().regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mainland mobile number');
export const SmsCodeSchema = z.string().regex(/^\d{6}$/, 'must be 6 digits');

/** The one-time code from `wx.login` or `my.getAuthCode`. */
export const PlatformLoginBody = z.object({ code: z.string().min(1).max(128) }).strict();
export const SmsLoginCodeBody = z.object({ phone: PhoneSchema }).strict();
export const SmsLoginBody = z.object({ phone: PhoneSchema, code: SmsCodeSchema }).strict();

export const LoginResponse = z.object({
  /** Opaque session token: send it as `Authorization: Bearer <token>`. */
  token: z.string(),
  /**
   * The latest the session can last: its absolute end, however busy it is. Unused for the idle
   * time it ends sooner, and the server then answers 401; the server alone knows that deadline,
   * since every request moves it.
   */
  expiresAt: z.iso
    .datetime()
    .describe('The absolute end of the session, the latest it can last. It ends sooner when left unused (idle expiry), and requests are then answered 401.'),
  /** False until the account has completed real-name binding. */
  bound: z.boolean(),
});

/** A code was sent: where (masked), how long it lasts, when another may be asked for. */
export const SmsSentResponse = z.object({
  phoneMasked: z.string(),
  expiresInSeconds: z.number().int(),
  resendInSeconds: z.number().int(),
});

export const BindingStartBody = z
  .object({
    name: z.string().trim().min(1).max(50),
    // Checked by the GB 11643 rules in the service, which tells the client what is wrong.
    idNumber: z.string().max(32),
    // Optional here so a missing consent gets its own answer (CONSENT_REQUIRED), not a generic one.
    consent: z.object({ accepted: z.boolean(), version: z.string().max(40) }).strict().optional(),
  })
  .strict();

export const BindingConfirmBody = z.object({ code: SmsCodeSchema }).strict();

/** A person as responses show them: masked values only. */
export const MaskedPersonSchema = z.object({
  name: z.string(),
  idNumber: z.string(),
  phone: z.string(),
  city: z.string(),
});

export const MeResponse = z.object({
  platform: PlatformSchema,
  bound: z.boolean(),
  person: MaskedPersonSchema.nullable(),
  /** The consent in force for processing the ID number; null when not bound. */
  consent: z.object({ version: z.string(), acceptedAt: z.iso.datetime() }).nullable(),
});

export const AccessLogResponse = z.object({
  entries: z.array(z.object({ actor: z.string(), action: z.string(), at: z.iso.datetime() })),
});

export const ConsentNoticeResponse = z.object({ version: z.string(), title: z.string(), text: z.string() });

export type Platform = z.infer<typeof PlatformSchema>;
export type LoginResult = z.infer<typeof LoginResponse>;
export type BindingStart = z.infer<typeof BindingStartBody>;
export type MaskedPerson = z.infer<typeof MaskedPersonSchema>;
export type Me = z.infer<typeof MeResponse>;
