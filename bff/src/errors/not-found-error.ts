import { AppError, type AppErrorOptions } from './app-error';

export class NotFoundError extends AppError {
  override name = 'NotFoundError';

  constructor(message = 'Not found', options?: AppErrorOptions) {
    super(404, 'NOT_FOUND', message, options);
  }
}
