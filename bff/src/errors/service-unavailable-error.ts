import { AppError, type AppErrorOptions } from './app-error';

/** The database (for now the only dependency) cannot be reached: retrying later may work. */
export class ServiceUnavailableError extends AppError {
  override name = 'ServiceUnavailableError';

  constructor(message = 'Database unavailable', options: AppErrorOptions = {}) {
    super(503, 'DB_UNAVAILABLE', message, { ...options, headers: { 'Retry-After': '1', ...options.headers } });
  }
}
