import { z } from 'zod';
import { checkIdNumber } from '../domain/id-number';
import { EMPLOYEE_PAID_TYPES, employerKeyOf, FLEXIBLE_WORKER_TYPES, PER_EMPLOYER_TYPES } from '../domain/insurance';
import { InsuranceTypeSchema, RecordAmount, RecordPayer, RecordPeriod, RecordPlace, RecordStatusSchema } from './records';

/** Most records one import call may carry (a hundred years of one type, twenty of all five). */
export const MAX_IMPORT_RECORDS = 1200;

export const RecordInput = z
  .object({
    period: RecordPeriod,
    type: InsuranceTypeSchema,
    base: RecordAmount,
    personal: RecordAmount,
    employer: RecordAmount,
    /** Must equal personal + employer: a mismatch means the sender's data is off. */
    total: RecordAmount,
    payer: RecordPayer.default('employer'),
    employerName: z.string().trim().min(1).max(100).nullable().default(null),
    place: RecordPlace.strict(),
    status: RecordStatusSchema,
  })
  .strict()
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.total !== r.personal + r.employer) issue('total', 'total must equal personal + employer');
    if (!EMPLOYEE_PAID_TYPES.includes(r.type) && r.personal !== 0) issue('personal', 'This type is paid by the employer alone');
    if (r.payer === 'flexible') {
      if (!FLEXIBLE_WORKER_TYPES.includes(r.type)) issue('type', 'Flexible workers pay pension and medical only');
      if (r.employer !== 0) issue('employer', 'A flexible worker has no employer share');
      if (r.employerName !== null) issue('employerName', 'A flexible worker has no employer');
    } else if (r.employerName === null) issue('employerName', 'Name the employer');
  });
export type RecordInput = z.output<typeof RecordInput>;

/**
 * A personal account's figures as the agency keeps them, in fen: the balance is the personal
 * account only (paid in plus interest, less paid out), not all that was contributed.
 */
export const AccountInput = z
  .object({
    kind: z.enum(['pension', 'medical']),
    balance: RecordAmount,
    paidIn: RecordAmount,
    paidOut: RecordAmount,
    /** The moment the figures describe. */
    asOf: z.iso.datetime(),
  })
  .strict();
export type AccountInput = z.output<typeof AccountInput>;

/**
 * `POST /agency/records`: one person's monthly records, inserted or replaced by (period, type), and
 * for work injury by employer too (each employer insures the person separately); and their personal
 * accounts' latest figures, replaced by kind. Either may be left out.
 */
export const RecordImportBody = z
  .object({
    idNumber: z.string().max(20).refine((v) => checkIdNumber(v).ok, 'Not a valid ID number'),
    records: z.array(RecordInput).max(MAX_IMPORT_RECORDS).default([]),
    accounts: z.array(AccountInput).max(2).default([]),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.records.length === 0 && body.accounts.length === 0) ctx.addIssue({ code: 'custom', path: ['records'], message: 'Send records, accounts or both' });
    const kinds = new Set<string>();
    body.accounts.forEach((a, i) => {
      if (kinds.has(a.kind)) ctx.addIssue({ code: 'custom', path: ['accounts', i, 'kind'], message: 'The same account appears twice' });
      kinds.add(a.kind);
    });
    const seen = new Set<string>();
    body.records.forEach((r, i) => {
      const key = `${r.period}|${r.type}|${employerKeyOf(r)}`;
      const what = PER_EMPLOYER_TYPES.includes(r.type) ? 'month, type and employer' : 'month and type';
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['records', i, 'period'], message: `The same ${what} appear twice` });
      seen.add(key);
    });
  });

/** The key a record was imported under: its month and type, and for work injury its employer. */
export const RecordKeyInput = z
  .object({
    period: RecordPeriod,
    type: InsuranceTypeSchema,
    /** The employer of a work-injury record (kept per employer); not given for the other types. */
    employerName: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const perEmployer = PER_EMPLOYER_TYPES.includes(r.type);
    if (perEmployer && r.employerName === undefined) ctx.addIssue({ code: 'custom', path: ['employerName'], message: 'Name the employer: work injury is kept per employer' });
    if (!perEmployer && r.employerName !== undefined) ctx.addIssue({ code: 'custom', path: ['employerName'], message: 'Only work injury is kept per employer' });
  });
export type RecordKeyInput = z.output<typeof RecordKeyInput>;

/**
 * `POST /agency/records/withdrawals`: removes records an agency reported in error (a month that was
 * never owed, or work injury under the wrong employer, which a new import would keep beside it).
 */
export const RecordWithdrawalBody = z
  .object({
    idNumber: z.string().max(20).refine((v) => checkIdNumber(v).ok, 'Not a valid ID number'),
    records: z.array(RecordKeyInput).min(1).max(MAX_IMPORT_RECORDS),
  })
  .strict()
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.records.forEach((r, i) => {
      const key = `${r.period}|${r.type}|${employerKeyOf({ type: r.type, employerName: r.employerName ?? null })}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['records', i, 'period'], message: 'The same record appears twice' });
      seen.add(key);
    });
  });

export const RecordWithdrawalResult = z.object({
  received: z.number().int(),
  /** Records found and removed; the others were not there (already withdrawn, or never sent). */
  withdrawn: z.number().int(),
  /** The person's records version after the withdrawal. */
  version: z.number().int(),
});

export const RecordImportResult = z.object({
  received: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Personal accounts whose figures were new or changed. */
  accountsChanged: z.number().int(),
  /** The person's records version after the import (what their ETags are now derived from). */
  version: z.number().int(),
});
