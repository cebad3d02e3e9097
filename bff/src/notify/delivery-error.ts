/**
 * Why one channel of a notice was not delivered. Transient failures (an outage, a rate limit, a
 * rejected token) are retried with back-off; permanent ones (the person refused, no subscription
 * quota left, an invalid template) are recorded and never retried, since retrying cannot help.
 * Messages are for operators: codes and platform error numbers, never personal data.
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  readonly code: string;
  readonly transient: boolean;

  constructor(code: string, message: string, transient: boolean) {
    super(message);
    this.code = code;
    this.transient = transient;
  }
}

export const transientFailure = (code: string, message: string) => new DeliveryError(code, message, true);
export const permanentFailure = (code: string, message: string) => new DeliveryError(code, message, false);
