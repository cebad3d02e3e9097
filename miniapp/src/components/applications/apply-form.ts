import { ApplyBody, MailAddressSchema, type ApplicationKind, type MailAddress } from '@ssc/shared';

export type MailField = keyof MailAddress;
export const MAIL_FIELDS: readonly MailField[] = ['recipient', 'phone', 'province', 'city', 'district', 'line', 'postcode'];

/** What the apply page holds while the person fills it in. */
export interface ApplyForm {
  kind: ApplicationKind;
  bankCode?: string;
  method: 'branch' | 'mail';
  branchCode?: string;
  address: Record<MailField, string>;
  photoId?: string;
}

export const EMPTY_ADDRESS: Record<MailField, string> = { recipient: '', phone: '', province: '', city: '', district: '', line: '', postcode: '' };

export function emptyForm(kind: ApplicationKind = 'new'): ApplyForm {
  return { kind, method: 'branch', address: { ...EMPTY_ADDRESS } };
}

/** What is missing or wrong, each for the place on the page that shows it. */
export interface FormProblems {
  bank?: true;
  branch?: true;
  photo?: true;
  address: Partial<Record<MailField, 'required' | 'invalid'>>;
}

export function hasProblems(problems: FormProblems): boolean {
  return Boolean(problems.bank || problems.branch || problems.photo || Object.keys(problems.address).length > 0);
}

/** Checks the form with the same schema the BFF uses for the address, so both say the same. */
export function formProblems(form: ApplyForm): FormProblems {
  const problems: FormProblems = { address: {} };
  if (!form.bankCode) problems.bank = true;
  if (form.method === 'branch' && !form.branchCode) problems.branch = true;
  if (!form.photoId) problems.photo = true;
  if (form.method === 'mail') {
    const parsed = MailAddressSchema.safeParse(form.address);
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const field = issue.path[0] as MailField;
      problems.address[field] ??= form.address[field].trim() === '' ? 'required' : 'invalid';
    }
  }
  return problems;
}

/** The request body, or undefined while the form has problems. */
export function applyBody(form: ApplyForm): ApplyBody | undefined {
  if (hasProblems(formProblems(form))) return undefined;
  const delivery = form.method === 'branch' ? { method: 'branch' as const, branchCode: form.branchCode } : { method: 'mail' as const, address: form.address };
  const parsed = ApplyBody.safeParse({ kind: form.kind, bankCode: form.bankCode, delivery, photoId: form.photoId });
  return parsed.success ? parsed.data : undefined;
}
