import type { Types } from 'mongoose';
import type { Deps } from '../deps';
import { randomToken, sha256 } from '../security/tokens';
import { monotonicNow } from './change-feed';

export interface SessionInfo {
  sessionId: string;
  accountId: string;
  platform: string;
  /** The bound person, or null before real-name binding. */
  personId: string | null;
}

/** The person an account is bound to now, or null. */
async function boundPerson(deps: Deps, accountId: Types.ObjectId) {
  return (await deps.models.Account.findById(accountId, { personId: 1 }).lean())?.personId ?? null;
}

/**
 * Starts a session for an account; the raw token is returned once and never stored. `expiresAt`
 * is the first idle deadline, `absoluteExpiresAt` the latest the session can last, and `personId`
 * the person it is bound to, as it stands once the session exists.
 */
export async function createSession(
  deps: Deps,
  accountId: Types.ObjectId,
  platform: string,
): Promise<{ token: string; expiresAt: Date; absoluteExpiresAt: Date; personId: Types.ObjectId | null }> {
  const token = randomToken(32);
  const now = deps.now();
  const absoluteExpiresAt = new Date(now.getTime() + deps.settings.sessionAbsoluteMs);
  const expiresAt = new Date(Math.min(now.getTime() + deps.settings.sessionIdleMs, absoluteExpiresAt.getTime()));
  const tokenHash = sha256(token);
  const personId = await boundPerson(deps, accountId);
  await deps.models.Session.create({ tokenHash, accountId, platform, personId, createdAt: now, lastSeenAt: now, absoluteExpiresAt, expiresAt });
  // A binding or unbinding may have landed between the read and the insert, after it changed the
  // account's sessions: read again, now that this one exists, and follow the account. (Unbinding
  // clears the account first and ends its sessions second, so either this read sees it or the
  // ending removes this session.)
  const current = await boundPerson(deps, accountId);
  if (String(current) !== String(personId)) await deps.models.Session.updateOne({ tokenHash }, { $set: { personId: current } });
  return { token, expiresAt, absoluteExpiresAt, personId: current };
}

/** What an instance keeps of a session it has read (services/coherent-cache.ts). */
export interface KeptSession extends SessionInfo {
  lastSeenAt: Date;
  expiresAt: Date;
  absoluteExpiresAt: Date;
}

async function readSession(deps: Deps, tokenHash: string, now: Date): Promise<KeptSession | null> {
  const started = monotonicNow();
  const session = await deps.models.Session.findOne({ tokenHash, expiresAt: { $gt: now } }).lean();
  if (!session) return null;
  const kept: KeptSession = {
    sessionId: String(session._id),
    accountId: String(session.accountId),
    platform: session.platform,
    personId: session.personId ? String(session.personId) : null,
    lastSeenAt: session.lastSeenAt,
    expiresAt: session.expiresAt,
    absoluteExpiresAt: session.absoluteExpiresAt,
  };
  deps.sessions.set(tokenHash, kept, started);
  return kept;
}

/** A session is touched at most once a minute: a read-heavy page should not turn every request into a write. */
const TOUCH_EVERY_MS = 60_000;

const plausibleToken = (token: string) => token.length >= 20 && token.length <= 100;

const infoOf = (session: KeptSession): SessionInfo => ({ sessionId: session.sessionId, accountId: session.accountId, platform: session.platform, personId: session.personId });

/**
 * The session behind a token, its idle deadline moved forward; null when unknown, expired or revoked.
 * The expiry is checked here too: the TTL monitor removes expired sessions only eventually.
 *
 * A session this instance has read is kept (deps.sessions) until the change feed says its account's
 * sessions changed: a logout or unbinding takes effect here at once and on other instances within
 * the feed's lag (a second). Only a valid session is taken from memory; a kept one that looks
 * expired is read again, since another instance may have moved its idle deadline.
 */
export async function authenticate(deps: Deps, token: string): Promise<SessionInfo | null> {
  if (!plausibleToken(token)) return null;
  const now = deps.now();
  const tokenHash = sha256(token);
  const kept = deps.sessions.get(tokenHash);
  const session = kept && kept.expiresAt > now ? kept : await readSession(deps, tokenHash, now);
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + deps.settings.sessionIdleMs, session.absoluteExpiresAt.getTime()));
    await deps.models.Session.updateOne({ _id: session.sessionId }, { $set: { lastSeenAt: now, expiresAt } });
    session.lastSeenAt = now;
    session.expiresAt = expiresAt;
  }
  return infoOf(session);
}

/**
 * What `authenticate` would answer, when this instance can tell without the database: the session
 * is kept, valid and not due for its touch. Undefined otherwise, for `authenticate` to decide.
 */
export function keptSession(deps: Deps, token: string): SessionInfo | undefined {
  if (!plausibleToken(token)) return undefined;
  const now = deps.now();
  const kept = deps.sessions.get(sha256(token));
  if (!kept || kept.expiresAt <= now || now.getTime() - kept.lastSeenAt.getTime() > TOUCH_EVERY_MS) return undefined;
  return infoOf(kept);
}

export async function revokeSession(deps: Deps, session: Pick<SessionInfo, 'sessionId' | 'accountId'>): Promise<void> {
  await deps.models.Session.deleteOne({ _id: session.sessionId });
  await deps.feed.publish('sessions', [session.accountId]);
}

/** Marks the account's open sessions as acting for the person it has just been bound to. */
export async function bindAccountSessions(deps: Deps, accountId: string, personId: Types.ObjectId): Promise<void> {
  await deps.models.Session.updateMany({ accountId }, { $set: { personId } });
  await deps.feed.publish('sessions', [accountId]);
}

/** Ends every session of an account (unbinding, for one). */
export async function revokeAccountSessions(deps: Deps, accountId: string): Promise<void> {
  await deps.models.Session.deleteMany({ accountId });
  await deps.feed.publish('sessions', [accountId]);
}
