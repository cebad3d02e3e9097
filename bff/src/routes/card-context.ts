import { UnauthorizedError } from '../errors';
import type { Actor } from '../services/card-service';
import type { AppContext } from '../types';

/** The person the session is bound to (set by `auth: 'person'`). */
export function personOf(ctx: AppContext): string {
  const personId = ctx.state.personId;
  if (!personId) throw new UnauthorizedError('Route mounted without person auth');
  return personId;
}

/** The acting account and platform (sessions) or scanner/agency system (API keys), for the access log. */
export function actorOf(ctx: AppContext): Actor {
  const { session, client, requestId } = ctx.state;
  if (session) return { accountId: session.accountId, actor: session.platform, requestId };
  if (client) return { accountId: null, actor: client, requestId };
  throw new UnauthorizedError('Route mounted without auth');
}
