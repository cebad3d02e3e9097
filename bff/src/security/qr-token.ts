import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What a dynamic QR code carries: a random id (single use is tracked by it), the card, the card's
 * version when the code was made (a state change makes older codes stale) and the expiry in
 * seconds since the epoch. No personal data: anyone can decode a QR code.
 */
export interface QrClaims {
  jti: string;
  cardId: string;
  version: number;
  exp: number;
}

const PREFIX = 'ssc1';

function mac(key: Buffer, body: string): Buffer {
  return createHmac('sha256', key).update(`${PREFIX}.${body}`).digest();
}

/** `ssc1.<claims, base64url JSON>.<HMAC-SHA256, base64url>`. */
export function signQrToken(key: Buffer, claims: QrClaims): string {
  const body = Buffer.from(JSON.stringify({ jti: claims.jti, cid: claims.cardId, ver: claims.version, exp: claims.exp })).toString('base64url');
  return `${PREFIX}.${body}.${mac(key, body).toString('base64url')}`;
}

/** The claims of a token signed with `key`; null for anything else (other key, altered, garbage). */
export function readQrToken(key: Buffer, token: string): QrClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const [, body, signature] = parts as [string, string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    const { jti, cid, ver, exp } = raw;
    if (typeof jti !== 'string' || typeof cid !== 'string' || !Number.isInteger(ver) || !Number.isInteger(exp)) return null;
    return { jti, cardId: cid, version: ver as number, exp: exp as number };
  } catch {
    return null;
  }
}
