import { AppError, type AppErrorOptions } from './app-error';

/** The request body could not be read as JSON (syntax error, bad encoding, truncated). */
export class MalformedJsonError extends AppError {
  override name = 'MalformedJsonError';

  constructor(message = 'Malformed JSON body', options?: AppErrorOptions) {
    super(400, 'MALFORMED_JSON', message, options);
  }
}
