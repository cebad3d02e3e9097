import { z } from 'zod';
import { PENSION_MINIMUM_MONTHS } from '../domain/insurance';
import { InsuranceTypeSchema, RecordStatusSchema, RecordYear } from './records';

const Int = z.number().int();
const Money = z.object({ personal: Int, employer: Int });
export const RecordGap = z.object({ from: z.string(), to: z.string(), months: Int });

/** Tells the client to explain that a balance is the personal account alone, not everything paid. */
export const PERSONAL_ACCOUNT_NOTE = 'PERSONAL_ACCOUNT_ONLY' as const;

export const PersonalAccountFigures = z.object({ balance: Int, paidIn: Int, paidOut: Int, asOf: z.string() });

export const RecordTypeSummary = z.object({
  type: InsuranceTypeSchema,
  /** Months with a paid record. */
  monthsPaid: Int,
  /** monthsPaid as years and months: "8 years 8 months". */
  paidFor: z.object({ years: Int, months: Int }),
  firstPeriod: z.string().nullable(),
  lastPeriod: z.string().nullable(),
  /** Months without a paid record (arrears included, money on its way not) between the first and the latest one. */
  gaps: z.array(RecordGap),
  /** Paid months only. */
  totals: Money,
});

export const RecordsSummary = z.object({
  types: z.array(RecordTypeSummary),
  pension: z.object({ requiredMonths: z.literal(PENSION_MINIMUM_MONTHS), paidMonths: Int, remainingMonths: Int }),
  accounts: z.object({ pension: PersonalAccountFigures.nullable(), medical: PersonalAccountFigures.nullable(), note: z.literal(PERSONAL_ACCOUNT_NOTE) }),
  /**
   * Cities insured in (by the pension records paid or declared, else by all records), in the order the
   * person got there; more than one means the person moved. A side job elsewhere is not a move.
   */
  places: z.array(z.object({ city: z.string(), firstPeriod: z.string(), lastPeriod: z.string(), months: Int })),
  /** Months declared by an employer but not received yet, or in arrears. */
  pending: z.array(z.object({ period: z.string(), status: RecordStatusSchema.exclude(['paid']), types: z.array(InsuranceTypeSchema), ...Money.shape })),
});

export const StatementAccountBasis = z.enum(['exact', 'latest', 'estimated']);
const StatementAccount = PersonalAccountFigures.extend({ basis: StatementAccountBasis });

export const StatementYearParams = z.object({ year: RecordYear });

export const AnnualStatement = z.object({
  person: z.object({ name: z.string(), idNumber: z.string() }),
  year: Int,
  /** False while the year is still running. */
  complete: z.boolean(),
  types: z.array(
    z.object({ type: InsuranceTypeSchema, monthsPaid: Int, base: z.object({ min: Int, max: Int }).nullable(), ...Money.shape }),
  ),
  /**
   * Account figures for the year. `exact` when the agency's figures are as of the year's end (China
   * time); `latest` when they are from inside the year, so not its end: shown with their date;
   * `estimated` when worked out back from later figures; null when not known.
   */
  accounts: z.object({
    pension: StatementAccount.nullable(),
    medical: StatementAccount.nullable(),
    note: z.literal(PERSONAL_ACCOUNT_NOTE),
  }),
  gaps: z.array(RecordGap.extend({ type: InsuranceTypeSchema })),
  generatedAt: z.string(),
});
