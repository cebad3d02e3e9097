/**
 * One Idempotency-Key per filled-in form: a retry of the same submission (after a timeout, say)
 * sends the same key, so the BFF answers with the application it already made instead of a
 * second one; a changed form is a new submission and gets a new key (the BFF refuses a reused key
 * with another body).
 */
export interface Attempt {
  key: string;
  fingerprint: string;
}

/** The same value gives the same text whatever order its keys were set in. */
export function fingerprint(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${fingerprint(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * 8-128 printable characters, as the BFF requires. Not a secret, only unique enough: the
 * mini-program engines lack crypto.randomUUID, so time and Math.random it is.
 */
export function newIdempotencyKey(now: number = Date.now(), random: () => number = Math.random): string {
  const part = () => Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0');
  return `apply-${now.toString(36)}-${part()}${part()}`;
}

/** The key for submitting `body`: the previous attempt's when the body is the same, else a new one. */
export function attemptFor(previous: Attempt | undefined, body: unknown, makeKey: () => string = newIdempotencyKey): Attempt {
  const print = fingerprint(body);
  return previous && previous.fingerprint === print ? previous : { key: makeKey(), fingerprint: print };
}
