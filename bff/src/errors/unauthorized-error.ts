import { AppError, type AppErrorOptions } from './app-error';

export class UnauthorizedError extends AppError {
  override name = 'UnauthorizedError';

  constructor(message = 'Authentication required', options?: AppErrorOptions) {
    super(401, 'UNAUTHORIZED', message, options);
  }
}
