import type { Middleware } from 'koa';
import type { Deps } from '../deps';
import { AppError, UnauthorizedError } from '../errors';
import { safeEqual } from '../security/tokens';
import { authenticate } from '../services/session-service';
import type { AppState } from '../types';

/** The token of an `Authorization: Bearer` header, if it has a token's shape. */
export function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header ?? '');
  return match?.[1];
}

/** A valid session: `ctx.state.session`. 401 otherwise (the client then goes back to login). */
export function requireSession(deps: Deps): Middleware<AppState> {
  return async (ctx, next) => {
    const token = bearer(ctx.get('Authorization'));
    const session = token ? await authenticate(deps, token) : null;
    if (!session) throw new UnauthorizedError('No valid session');
    ctx.state.session = session;
    await next();
  };
}

/** A session whose account is bound to a person: `ctx.state.personId`. 403 NOT_BOUND otherwise. */
export function requirePerson(deps: Deps): Middleware<AppState> {
  const session = requireSession(deps);
  return (ctx, next) =>
    session(ctx, async () => {
      const personId = ctx.state.session?.personId;
      if (!personId) throw new AppError(403, 'NOT_BOUND', 'Account is not bound to a person');
      ctx.state.personId = personId;
      await next();
    });
}

/**
 * Machine clients (scanners at clinics and windows, the social insurance agency's systems, the
 * co-issuing banks) send `X-Api-Key`. Each kind has its own keys, so none can reach another's
 * routes or anyone's personal routes (those need a session). Where `bankKeys` are accepted too,
 * a bank's key sets `bankScope`: the route then touches that bank's applications and cards only.
 */
export function requireApiKey(keys: ReadonlyMap<string, string>, bankKeys: ReadonlyMap<string, string> = new Map()): Middleware<AppState> {
  return async (ctx, next) => {
    const given = ctx.get('X-Api-Key');
    let client: string | undefined;
    let bank: string | undefined;
    // Every key is compared, in constant time each: which one matched does not show in the timing.
    for (const [key, name] of keys) if (given && safeEqual(given, key)) client = name;
    for (const [key, code] of bankKeys) if (given && safeEqual(given, key)) bank = code;
    if (!client && !bank) throw new UnauthorizedError('Unknown API key');
    ctx.state.client = client ?? `bank-${bank}`;
    if (!client) ctx.state.bankScope = bank;
    await next();
  };
}
