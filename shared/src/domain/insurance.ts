/** The five insurance types, in the order people are used to seeing them. */
export const INSURANCE_TYPES = ['pension', 'medical', 'unemployment', 'workInjury', 'maternity'] as const;
export type InsuranceType = (typeof INSURANCE_TYPES)[number];

/** Types an employee pays a share of; work injury and maternity are paid by the employer alone. */
export const EMPLOYEE_PAID_TYPES: readonly InsuranceType[] = ['pension', 'medical', 'unemployment'];
/** Types a flexible worker pays alone. */
export const FLEXIBLE_WORKER_TYPES: readonly InsuranceType[] = ['pension', 'medical'];

export const RECORD_STATUSES = ['paid', 'declared', 'arrears'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** Usual minimum of pension contributions for a monthly pension. */
export const PENSION_MINIMUM_MONTHS = 15 * 12;
