import type { ErrorCode } from '../i18n/messages';

export interface AppErrorOptions {
  /** Sent to the client as `error.details`: never put internals or personal data here. */
  details?: unknown;
  /** Extra response headers the status calls for (Retry-After, Allow). */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * An expected failure with an HTTP status and a stable code. The client sees the code and a message
 * from the message table; `message` here is for developers and goes to the log only.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.status = status;
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}
