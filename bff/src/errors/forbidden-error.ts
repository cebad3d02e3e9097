import { AppError, type AppErrorOptions } from './app-error';

export class ForbiddenError extends AppError {
  override name = 'ForbiddenError';

  constructor(message = 'Forbidden', options?: AppErrorOptions) {
    super(403, 'FORBIDDEN', message, options);
  }
}
