import { AppError, ConflictError, InternalError, ServiceUnavailableError } from '../errors';
import { isDatabaseUnavailable, isDuplicateKey } from '../db/unavailable';

export interface Mapped {
  error: AppError;
  /** True when nothing anticipated it: a bug, logged at error level with its stack. */
  unexpected: boolean;
}

/** Turns anything thrown into an AppError. */
export function toAppError(thrown: unknown): Mapped {
  if (thrown instanceof AppError) return { error: thrown, unexpected: false };
  if (isDatabaseUnavailable(thrown)) {
    return { error: new ServiceUnavailableError('Database unavailable', { cause: thrown }), unexpected: false };
  }
  // A unique index said no. Services should check first and throw ConflictError with context;
  // this is the safety net for races between the check and the write. The driver's message
  // quotes the duplicated value (maybe an ID number), so the error is not logged at all.
  if (isDuplicateKey(thrown)) return { error: new ConflictError('Duplicate key'), unexpected: false };
  return { error: new InternalError('Unexpected error', { cause: thrown }), unexpected: true };
}
