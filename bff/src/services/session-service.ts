import type { Types } from 'mongoose';
import type { Deps } from '../deps';
import { randomToken, sha256 } from '../security/tokens';

export interface SessionInfo {
  sessionId: string;
  accountId: string;
  platform: string;
  /** The bound person, or null before real-name binding. */
  personId: string | null;
}

/** Starts a session for an account; the raw token is returned once and never stored. */
export async function createSession(deps: Deps, accountId: Types.ObjectId, platform: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken(32);
  const now = deps.now();
  const absoluteExpiresAt = new Date(now.getTime() + deps.settings.sessionAbsoluteMs);
  const expiresAt = new Date(Math.min(now.getTime() + deps.settings.sessionIdleMs, absoluteExpiresAt.getTime()));
  const account = await deps.models.Account.findById(accountId, { personId: 1 }).lean();
  await deps.models.Session.create({ tokenHash: sha256(token), accountId, platform, personId: account?.personId ?? null, createdAt: now, lastSeenAt: now, absoluteExpiresAt, expiresAt });
  return { token, expiresAt };
}

/**
 * The session behind a token, its idle deadline moved forward; null when unknown, expired or revoked.
 * The expiry is checked here too: the TTL monitor removes expired sessions only eventually.
 */
export async function authenticate(deps: Deps, token: string): Promise<SessionInfo | null> {
  if (token.length < 20 || token.length > 100) return null;
  const now = deps.now();
  const session = await deps.models.Session.findOne({ tokenHash: sha256(token), expiresAt: { $gt: now } }).lean();
  if (!session) return null;
  const expiresAt = new Date(Math.min(now.getTime() + deps.settings.sessionIdleMs, session.absoluteExpiresAt.getTime()));
  // Touch at most once a minute: a read-heavy page should not turn every request into a write.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await deps.models.Session.updateOne({ _id: session._id }, { $set: { lastSeenAt: now, expiresAt } });
  }
  return {
    sessionId: String(session._id),
    accountId: String(session.accountId),
    platform: session.platform,
    personId: session.personId ? String(session.personId) : null,
  };
}

export async function revokeSession(deps: Deps, sessionId: string): Promise<void> {
  await deps.models.Session.deleteOne({ _id: sessionId });
}

/** Marks the account's open sessions as acting for the person it has just been bound to. */
export async function bindAccountSessions(deps: Deps, accountId: string, personId: Types.ObjectId): Promise<void> {
  await deps.models.Session.updateMany({ accountId }, { $set: { personId } });
}

/** Ends every session of an account (unbinding, for one). */
export async function revokeAccountSessions(deps: Deps, accountId: string): Promise<void> {
  await deps.models.Session.deleteMany({ accountId });
}
