/**
 * A success answer that does not match the shared schema: the BFF and the app disagree about the
 * API, a bug to report rather than something the person can fix.
 */
export class ResponseShapeError extends Error {
  override readonly name = 'ResponseShapeError';
  readonly path: string;
  readonly issues: readonly { path: string; message: string }[];

  constructor(path: string, issues: readonly { path: string; message: string }[]) {
    super(`Unexpected response from ${path}: ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`);
    Object.setPrototypeOf(this, new.target.prototype); // see ApiError
    this.path = path;
    this.issues = issues;
  }
}
