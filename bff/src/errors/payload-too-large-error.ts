import { AppError, type AppErrorOptions } from './app-error';

export class PayloadTooLargeError extends AppError {
  override name = 'PayloadTooLargeError';

  constructor(message = 'Payload too large', options?: AppErrorOptions) {
    super(413, 'PAYLOAD_TOO_LARGE', message, options);
  }
}
