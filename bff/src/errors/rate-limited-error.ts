import { AppError, type AppErrorOptions } from './app-error';

export class RateLimitedError extends AppError {
  override name = 'RateLimitedError';

  /** `retryAfterSeconds` becomes the Retry-After header (RFC 9110 §10.2.3). */
  constructor(retryAfterSeconds: number, message = 'Too many requests', options: AppErrorOptions = {}) {
    const retryAfter = String(Math.max(1, Math.ceil(retryAfterSeconds)));
    super(429, 'RATE_LIMITED', message, { ...options, headers: { ...options.headers, 'Retry-After': retryAfter } });
  }
}
