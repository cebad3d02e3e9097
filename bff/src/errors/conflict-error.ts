import { AppError, type AppErrorOptions } from './app-error';

export class ConflictError extends AppError {
  override name = 'ConflictError';

  constructor(message = 'Conflict', options?: AppErrorOptions) {
    super(409, 'CONFLICT', message, options);
  }
}
