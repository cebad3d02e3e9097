import { z } from 'zod';
import { APPLICATION_KINDS, MAIN_STAGES, SIDE_STAGES } from '../domain/application';

/**
 * Card applications: requests and responses of `/applications`, `/photos`, `/banks` and
 * `/agency/applications`.
 */
const isoDate = z.iso.datetime();
const objectId = z.string().regex(/^[0-9a-f]{24}$/, 'must be a 24-character hex id');

export const ApplicationKindSchema = z.enum(APPLICATION_KINDS);
export const StageSchema = z.enum([...MAIN_STAGES, ...SIDE_STAGES]);

/** Why a review failed: a code the mini-program explains, plus the office's free note. */
export const REVIEW_FAIL_REASONS = ['photoUnclear', 'photoNonCompliant', 'identityMismatch', 'registryMismatch', 'other'] as const;
export const ReviewFailReasonSchema = z.enum(REVIEW_FAIL_REASONS);
export type ReviewFailReason = z.infer<typeof ReviewFailReasonSchema>;

/** Why an application was refused (`APPLICATION_NOT_ALLOWED` details.reason). */
export const APPLY_REFUSALS = ['hasCard', 'noCard', 'notReportedLost', 'reportedLost', 'notRenewable', 'tooEarly'] as const;
export type ApplyRefusal = (typeof APPLY_REFUSALS)[number];

/** A client-chosen key that makes a retried submission safe (RFC draft "Idempotency-Key"). */
export const IdempotencyKeySchema = z.string().min(8).max(128).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

export const MailAddressSchema = z
  .object({
    recipient: z.string().trim().min(1).max(50),
    phone: z.string().regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mainland mobile number'),
    province: z.string().trim().min(1).max(20),
    city: z.string().trim().min(1).max(20),
    district: z.string().trim().min(1).max(20),
    line: z.string().trim().min(1).max(120),
    postcode: z.string().regex(/^\d{6}$/, 'six digits'),
  })
  .strict();
export type MailAddress = z.infer<typeof MailAddressSchema>;

const code = z.string().min(1).max(32);

/** How the card reaches the person: collected at a branch of the bank, or mailed to them. */
export const DELIVERY_METHODS = ['branch', 'mail'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const DeliverySchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('branch'), branchCode: code }).strict(),
  z.object({ method: z.literal('mail'), address: MailAddressSchema }).strict(),
]);

export const ApplyBody = z.object({ kind: ApplicationKindSchema, bankCode: code, delivery: DeliverySchema, photoId: objectId }).strict();
export type ApplyBody = z.infer<typeof ApplyBody>;

export const ApplicationIdParams = z.object({ id: objectId });

/** The mailing address as responses show it: recipient, phone and street line masked. */
const MaskedAddress = z.object({
  recipient: z.string(),
  phone: z.string(),
  province: z.string(),
  city: z.string(),
  district: z.string(),
  line: z.string(),
  postcode: z.string(),
});

const office = z.object({ name: z.string(), address: z.string(), phone: z.string() });

export const TimelineEntry = z.object({
  stage: StageSchema,
  at: isoDate,
  office: z.string().nullable(),
  officePhone: z.string().nullable(),
  note: z.string().nullable(),
  reason: ReviewFailReasonSchema.nullable(),
});

export const ApplicationSummary = z.object({
  id: z.string(),
  kind: ApplicationKindSchema,
  stage: StageSchema,
  bank: z.object({ code: z.string(), name: z.string() }),
  submittedAt: isoDate,
  stageChangedAt: isoDate,
  canCancel: z.boolean(),
  /** How the card reaches the person: the stages of a mailed card are named otherwise. */
  deliveryMethod: z.enum(DELIVERY_METHODS),
});

export const ApplicationDetail = ApplicationSummary.extend({
  branch: office.extend({ code: z.string(), nameEn: z.string() }).nullable().describe('Collection branch; null when the card is mailed'),
  delivery: z.discriminatedUnion('method', [
    z.object({ method: z.literal('branch'), branchCode: z.string() }),
    z.object({ method: z.literal('mail'), address: MaskedAddress }),
  ]),
  stageExplanation: z.object({ code: z.string(), text: z.string().describe("Plain words in the request's language") }),
  timeline: z.array(TimelineEntry),
  expected: z.array(z.object({ stage: StageSchema, at: isoDate })).describe('Estimated date each remaining stage is reached'),
});
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;

export const ApplicationList = z.object({ applications: z.array(ApplicationSummary) });

/**
 * The card the branch hands over on activation, as the card production system made it: the
 * number printed on it and the dates of issue and expiry (calendar days, China time).
 */
export const IssuedCardSchema = z
  .object({
    number: z.string().regex(/^[A-Z]\d{8}$/, 'one capital letter and eight digits'),
    issuedOn: z.iso.date(),
    expiresOn: z.iso.date(),
  })
  .strict()
  .refine((card) => card.expiresOn > card.issuedOn, { path: ['expiresOn'], message: 'must be after issuedOn' });
export type IssuedCard = z.infer<typeof IssuedCardSchema>;

export const TransitionBody = z
  .object({
    to: StageSchema,
    from: StageSchema.optional().describe('The stage the sender saw: when the application has moved on since, the step is refused (409) rather than applied to a later stage. A late retry of an old step is then not taken for a new one.'),
    office: z.string().trim().min(1).max(80),
    officePhone: z.string().regex(/^[0-9+()\- ]{3,20}$/).optional(),
    note: z.string().trim().max(200).optional(),
    reason: ReviewFailReasonSchema.optional().describe('Why the review failed: required with, and refused without, `reviewFailed`'),
    card: IssuedCardSchema.optional().describe('The card handed over: required with, and only with, `activated`'),
  })
  .strict()
  .refine((body) => body.to !== 'reviewFailed' || body.reason !== undefined, { path: ['reason'], message: 'required when the review failed' })
  .refine((body) => (body.to === 'activated') === (body.card !== undefined), { path: ['card'], message: 'required when, and only when, the card is activated' });

export const AgencyListQuery = z.object({
  stage: StageSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** What the agency's worklist shows: codes and dates, no personal data. */
export const AgencyApplication = z.object({
  id: z.string(),
  kind: ApplicationKindSchema,
  stage: StageSchema,
  bankCode: z.string(),
  branchCode: z.string().nullable(),
  deliveryMethod: z.enum(DELIVERY_METHODS),
  submittedAt: isoDate,
  stageChangedAt: isoDate,
  timeline: z.array(TimelineEntry),
});
export const AgencyApplicationList = z.object({ applications: z.array(AgencyApplication) });

export const PhotoIdParams = z.object({ id: objectId });
export const PhotoUploaded = z.object({
  id: z.string(),
  contentType: z.enum(['image/jpeg', 'image/png']),
  size: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  sha256: z.string(),
});

export const BanksQuery = z.object({ city: z.string().max(20).optional() });
export const BankList = z.object({
  banks: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      branches: z.array(
        office.extend({
          code: z.string(),
          nameEn: z.string(),
          city: z.string(),
          district: z.string(),
          hours: z.object({ days: z.enum(['weekdays', 'everyDay']), opens: z.string(), closes: z.string() }).describe("Worded by the app in the reader's language"),
        }),
      ),
    }),
  ),
});
