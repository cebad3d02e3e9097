import { AppError, type AppErrorOptions } from './app-error';

/** An HTTP method the router does not know at all (RFC 9110 §15.6.2), e.g. PROPFIND. */
export class NotImplementedError extends AppError {
  override name = 'NotImplementedError';

  constructor(message = 'Not implemented', options?: AppErrorOptions) {
    super(501, 'NOT_IMPLEMENTED', message, options);
  }
}
