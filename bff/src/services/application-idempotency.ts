import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { Deps } from '../deps';
import { isDuplicateKey } from '../db/unavailable';
import { AppError, ConflictError } from '../errors';

export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** JSON with object keys sorted, so the same request always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(personId: string, body: unknown): string {
  return createHash('sha256').update(canonical({ personId, body })).digest('base64url');
}

export interface Reservation {
  accountId: string;
  key: string;
  bodyHash: string;
}

/**
 * The application id belonging to this key: reserved now, or the one reserved by an earlier or
 * concurrent request with the same key. Reserving before creating is what makes duplicates and
 * retries after a crash end in one application: they all create (or find) the same id.
 */
export async function reserveApplicationId(deps: Deps, { accountId, key, bodyHash }: Reservation): Promise<Types.ObjectId> {
  const { IdempotencyKey } = deps.models;
  const now = deps.now();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const found = await IdempotencyKey.findOne({ accountId, key }).lean();
    if (found && found.expiresAt > now) {
      if (found.bodyHash !== bodyHash) throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', 'Same key, different request');
      return found.applicationId;
    }
    // Past its 24 hours but not yet removed by the TTL sweep, which runs about once a minute.
    if (found) await IdempotencyKey.deleteOne({ _id: found._id });
    const applicationId = new Types.ObjectId();
    try {
      await IdempotencyKey.create({ accountId, key, bodyHash, applicationId, createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_MS) });
      return applicationId;
    } catch (error) {
      // A concurrent request with the same key reserved first: the next round reads its id.
      if (!isDuplicateKey(error)) throw error;
    }
  }
  throw new ConflictError('Idempotency key still contended after retries');
}
