/**
 * The BFF answered with an error: `{ error: { code, message, details } }`. `message` is already in
 * the person's language (the request carried Accept-Language), so a page may show it as it is;
 * branch on `code`, never on the text. Modelled on ky's HTTPError.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    // Compiled to ES5 for older mini-program engines, `extends Error` loses the prototype chain
    // and `instanceof` fails (TypeScript FAQ, "Why doesn't extending built-ins work").
    Object.setPrototypeOf(this, new.target.prototype);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}
