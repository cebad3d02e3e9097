import type { PasswordRule } from '@ssc/shared';
import { ApiError } from '../../../services/errors/api-error';
import { attemptsLeftFromDetails, rulesFromDetails } from './password-rules';

/**
 * What a failed password change or reset means for the form: which step to go back to and what
 * to show there. Branches on the BFF's codes only (miniapp/README.md).
 */
export type PasswordFailure =
  | { kind: 'wrongOld'; attemptsLeft: number | undefined }
  | { kind: 'rules'; rules: PasswordRule[] }
  | { kind: 'locked' }
  | { kind: 'code' }
  | { kind: 'other' };

export function classifyPasswordFailure(error: unknown): PasswordFailure {
  if (!(error instanceof ApiError)) return { kind: 'other' };
  switch (error.code) {
    case 'PASSWORD_WRONG':
      return { kind: 'wrongOld', attemptsLeft: attemptsLeftFromDetails(error.details) };
    case 'PASSWORD_RULES':
      return { kind: 'rules', rules: rulesFromDetails(error.details) };
    case 'PASSWORD_LOCKED':
      return { kind: 'locked' };
    case 'SMS_CODE_INVALID':
    case 'SMS_CODE_EXPIRED':
      return { kind: 'code' };
    default:
      return { kind: 'other' };
  }
}
