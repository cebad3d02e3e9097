import { z } from 'zod';
import { INSURANCE_TYPES, RECORD_STATUSES } from '../domain/insurance';
import { isPeriod, PERIOD_PATTERN, periodIndex } from '../domain/period';

/** Longest span one records query may cover. */
export const RECORDS_MAX_RANGE_MONTHS = 120;

// The pattern documents the shape; isPeriod adds the range of years (and runs only on the shape).
const shaped = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };
export const RecordPeriod = z
  .string()
  .regex(PERIOD_PATTERN, 'Expected a month as YYYY-MM')
  .refine(isPeriod, { message: 'Year out of range', ...shaped });
export const RecordYear = z
  .string()
  .regex(/^\d{4}$/, 'Expected a year as YYYY')
  .refine((y) => isPeriod(`${y}-01`), { message: 'Year out of range', ...shaped });
/** Integer fen. */
export const RecordAmount = z.number().int().min(0).max(1_000_000_000);
export const InsuranceTypeSchema = z.enum(INSURANCE_TYPES);
export const RecordStatusSchema = z.enum(RECORD_STATUSES);
/** `flexible`: a flexible worker paid alone, so there is no employer (shown as flexible employment). */
export const RecordPayer = z.enum(['employer', 'flexible']);
export const RecordPlace = z.object({
  city: z.string().min(1).max(40),
  /** Handling district or social insurance office. */
  district: z.string().min(1).max(60),
});
export const RecordTotals = z.object({ personal: z.number().int(), employer: z.number().int(), total: z.number().int() });

/**
 * `GET /records`: a calendar `year`, or `from` and `to` (at most ten years), optionally one `type`.
 * Both forms come out as the same `{ from, to, type }`.
 */
export const RecordsQuery = z
  .object({ year: RecordYear.optional(), from: RecordPeriod.optional(), to: RecordPeriod.optional(), type: InsuranceTypeSchema.optional() })
  .superRefine((q, ctx) => {
    if (q.year !== undefined) {
      if (q.from !== undefined || q.to !== undefined) ctx.addIssue({ code: 'custom', path: ['year'], message: 'Give either year or from and to' });
      return;
    }
    if (q.from === undefined) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Give year, or from and to' });
    if (q.to === undefined) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Give year, or from and to' });
    if (!q.from || !q.to || !isPeriod(q.from) || !isPeriod(q.to)) return;
    const span = periodIndex(q.to) - periodIndex(q.from) + 1;
    if (span < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
    else if (span > RECORDS_MAX_RANGE_MONTHS) ctx.addIssue({ code: 'custom', path: ['to'], message: `At most ${RECORDS_MAX_RANGE_MONTHS} months at a time` });
  })
  .transform((q) => ({
    from: q.year !== undefined ? `${q.year}-01` : (q.from as string),
    to: q.year !== undefined ? `${q.year}-12` : (q.to as string),
    type: q.type ?? null,
  }));
export type RecordsQuery = z.output<typeof RecordsQuery>;

export const RecordIdParams = z.object({ id: z.string().regex(/^[0-9a-f]{24}$/, 'Expected a record id') });

export const RecordView = z.object({
  id: z.string(),
  period: z.string(),
  type: InsuranceTypeSchema,
  base: z.number().int(),
  personal: z.number().int(),
  employer: z.number().int(),
  total: z.number().int(),
  payer: RecordPayer,
  employerName: z.string().nullable(),
  place: RecordPlace,
  status: RecordStatusSchema,
});
export type RecordView = z.infer<typeof RecordView>;

export const RecordsResponse = z.object({
  from: z.string(),
  to: z.string(),
  type: InsuranceTypeSchema.nullable(),
  /** Month order, then the usual order of types; a month's work injury from several employers, by employer. */
  records: z.array(RecordView),
  totals: RecordTotals.describe('What was received: paid records only (declared and arrears months are owed, not paid)'),
});

export const RecordDetail = RecordView.extend({
  /** Shares of the base in basis points (800 = 8%), as worked out from the amounts. */
  rates: z.object({ personal: z.number().int(), employer: z.number().int() }),
  /** When the agency's record first reached this service. */
  recordedAt: z.string(),
});

/** Every year from the first record to the latest, oldest first, with the months received and what was received (paid records only). */
export const RecordYears = z.object({
  years: z.array(
    z.object({ year: z.number().int(), months: z.number().int(), personal: z.number().int(), employer: z.number().int(), total: z.number().int() }),
  ),
});
