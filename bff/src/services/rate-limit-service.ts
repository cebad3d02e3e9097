import type { Deps } from '../deps';
import { RateLimitedError } from '../errors';

export interface Limit {
  /** Stable name of what is limited, e.g. `sms:phone:<idx>`; never a plain personal value. */
  key: string;
  max: number;
  windowMs: number;
}

/**
 * Counts one attempt against a fixed window stored in MongoDB, so the limit holds across every BFF
 * instance. Throws RATE_LIMITED (429, Retry-After) once the window's budget is spent.
 */
export async function consume(deps: Deps, limit: Limit): Promise<void> {
  const now = deps.now();
  const { RateLimit } = deps.models;
  // A finished window is reset in place; otherwise the counter goes up by one.
  await RateLimit.updateOne({ key: limit.key, resetAt: { $lte: now } }, { $set: { count: 0, resetAt: new Date(now.getTime() + limit.windowMs) } });
  let counter;
  try {
    counter = await RateLimit.findOneAndUpdate(
      { key: limit.key },
      { $inc: { count: 1 }, $setOnInsert: { resetAt: new Date(now.getTime() + limit.windowMs) } },
      { upsert: true, returnDocument: 'after', lean: true },
    );
  } catch (err) {
    // Two first attempts racing on the upsert: the loser counts against the window the winner made.
    if ((err as { code?: number }).code !== 11000) throw err;
    counter = await RateLimit.findOneAndUpdate({ key: limit.key }, { $inc: { count: 1 } }, { returnDocument: 'after', lean: true });
  }
  if (counter && counter.count > limit.max) {
    const retryAfter = Math.max(1, Math.ceil((counter.resetAt.getTime() - now.getTime()) / 1000));
    throw new RateLimitedError(retryAfter);
  }
}

/** Clears a counter, e.g. after a successful login. */
export async function reset(deps: Deps, key: string): Promise<void> {
  await deps.models.RateLimit.deleteOne({ key });
}
