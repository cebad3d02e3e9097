import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session tokens, QR token ids. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Tokens are stored only as this hash, so a leaked database holds no usable session. */
export function sha256(value: string): string {
  // The one-shot form: it runs on every authenticated request.
  return hash('sha256', value, 'base64url');
}

export function safeEqual(a: string, b: string): boolean {
  // Digests of equal length: the time taken does not tell the length of the secret either.
  return timingSafeEqual(hash('sha256', a, 'buffer'), hash('sha256', b, 'buffer'));
}

/** A uniformly random 6-digit code. */
export function randomDigits(length = 6): string {
  const max = 10 ** length;
  // Rejection sampling keeps every code equally likely.
  const limit = Math.floor(0xffffffff / max) * max;
  for (;;) {
    const n = randomBytes(4).readUInt32BE(0);
    if (n < limit) return String(n % max).padStart(length, '0');
  }
}
