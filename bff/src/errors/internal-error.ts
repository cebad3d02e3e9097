import { AppError, type AppErrorOptions } from './app-error';

/** What an unexpected error becomes: the client learns nothing but that it failed. */
export class InternalError extends AppError {
  override name = 'InternalError';

  constructor(message = 'Internal error', options?: AppErrorOptions) {
    super(500, 'INTERNAL', message, options);
  }
}
