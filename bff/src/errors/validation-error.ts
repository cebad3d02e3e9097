import type { z } from 'zod';
import { AppError, type AppErrorOptions } from './app-error';

export interface ValidationIssue {
  /** Dotted path of the offending field, '' for the whole input. */
  path: string;
  code: string;
  message: string;
}

export class ValidationError extends AppError {
  override name = 'ValidationError';

  constructor(issues: ValidationIssue[], message = 'Validation failed', options: AppErrorOptions = {}) {
    super(400, 'VALIDATION_FAILED', message, { ...options, details: { issues } });
  }

  /**
   * Zod's issues carry no input values, so they are safe to send back (no personal data echoed),
   * except the unknown-key message, which quotes the keys the client sent (an ID number, say).
   */
  static fromZod(error: z.ZodError): ValidationError {
    const issues = error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: issue.code,
      message: issue.code === 'unrecognized_keys' ? 'Unrecognized key' : issue.message,
    }));
    return new ValidationError(issues, 'Validation failed', { cause: error });
  }
}
