import type { Document } from 'bson';

/**
 * A command failure carried back to the client as `{ ok: 0, errmsg, code, codeName }`.
 * Codes and names are MongoDB's own (src/mongo/base/error_codes.yml) so drivers react as they would
 * against a real server.
 */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    readonly code: number,
    readonly codeName: string,
    message: string,
    readonly extra: Document = {},
  ) {
    super(message);
  }

  toReply(): Document {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.extra };
  }
}

export const badValue = (message: string) => new CommandError(2, 'BadValue', message);
export const typeMismatch = (message: string) => new CommandError(14, 'TypeMismatch', message);
export const failedToParse = (message: string) => new CommandError(9, 'FailedToParse', message);
export const invalidNamespace = (message: string) => new CommandError(73, 'InvalidNamespace', message);
export const namespaceNotFound = (message: string) => new CommandError(26, 'NamespaceNotFound', message);

/** E11000: the shape the driver turns into a MongoServerError with keyPattern and keyValue. */
export class DuplicateKeyError extends CommandError {
  constructor(ns: string, indexName: string, keyPattern: Document, keyValue: Document) {
    const shown = Object.entries(keyValue)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join(', ');
    super(11000, 'DuplicateKey', `E11000 duplicate key error collection: ${ns} index: ${indexName} dup key: { ${shown} }`, {
      keyPattern,
      keyValue,
    });
  }
}
