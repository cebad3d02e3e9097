/** The five insurance types, in the order people are used to seeing them. */
export const INSURANCE_TYPES = ['pension', 'medical', 'unemployment', 'workInjury', 'maternity'] as const;
export type InsuranceType = (typeof INSURANCE_TYPES)[number];

/** Types an employee pays a share of; work injury and maternity are paid by the employer alone. */
export const EMPLOYEE_PAID_TYPES: readonly InsuranceType[] = ['pension', 'medical', 'unemployment'];
/** Types a flexible worker pays alone. */
export const FLEXIBLE_WORKER_TYPES: readonly InsuranceType[] = ['pension', 'medical'];
/**
 * Types each employer insures separately: a person working for two employers is covered for work
 * injury by both, so a month can hold one record per employer. Of the other types a person has
 * one record a month, and a second report of it replaces the first.
 */
export const PER_EMPLOYER_TYPES: readonly InsuranceType[] = ['workInjury'];

/**
 * What tells apart the records of one month and type: the employer's name for a per-employer type,
 * nothing for the others.
 */
export function employerKeyOf(record: { type: InsuranceType; employerName: string | null }): string {
  return PER_EMPLOYER_TYPES.includes(record.type) ? (record.employerName ?? '') : '';
}

export const RECORD_STATUSES = ['paid', 'declared', 'arrears'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** Usual minimum of pension contributions for a monthly pension. */
export const PENSION_MINIMUM_MONTHS = 15 * 12;
