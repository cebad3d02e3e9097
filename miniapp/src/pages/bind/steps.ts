import type { MaskedPerson } from '@ssc/shared';

/** What the identity step sends, kept for a resend of the code. */
export interface BindingForm {
  name: string;
  idNumber: string;
  consentVersion: string;
}

export interface CodeSent {
  phoneMasked: string;
  resendInSeconds: number;
}

/**
 * Binding, in the order the law asks for: the notice and a separate consent first (nothing
 * personal asked yet), then name and ID number, then the code sent to the phone on file.
 */
export type BindingStep =
  | { step: 'consent'; message?: string }
  | { step: 'identity'; consentVersion: string; form?: BindingForm; message?: string }
  | { step: 'code'; form: BindingForm; sent: CodeSent }
  | { step: 'done'; person: MaskedPerson };
