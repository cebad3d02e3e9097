import type { SessionInfo } from './session-service';
import { Types } from 'mongoose';
import type { Collection } from 'mongodb';
import type { Deps } from '../deps';

export interface AccessEntry {
  personId: string;
  accountId?: string | null;
  actor: string;
  action: string;
  requestId?: string;
}

interface Waiting {
  doc: Record<string, unknown>;
  resolve(): void;
  reject(error: unknown): void;
}

/** Entries written in one insert at most; more wait for the next one. */
const MAX_BATCH = 500;
/**
 * Inserts under way at once. More than one, so a single slow insert does not hold up every
 * request that logs; few, so that under load entries still gather into large inserts.
 */
const MAX_IN_FLIGHT = 4;

/**
 * Writes access-log entries by group commit. An entry is still written, and acknowledged by the
 * database, before the answer it logs is sent; what changes is that entries from requests running
 * at the same time share one insert. Entries that arrive while the inserts allowed at once are
 * under way gather and go in the next one, so a quiet server writes each entry at once and a busy
 * one makes one round trip for many requests.
 */
export class AccessLogWriter {
  private queue: Waiting[] = [];
  private writing = 0;
  private scheduled = false;

  constructor(private readonly collection: Collection) {}

  write(doc: Record<string, unknown>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ doc, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.writing >= MAX_IN_FLIGHT || this.scheduled) return;
    this.scheduled = true;
    // setImmediate, not a microtask: entries from requests whose I/O completed in the same turn
    // of the event loop join the same insert.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.writing >= MAX_IN_FLIGHT || this.queue.length === 0) return;
    this.writing += 1;
    const batch = this.queue.splice(0, MAX_BATCH);
    try {
      await this.collection.insertMany(
        batch.map((w) => w.doc),
        { ordered: false },
      );
      for (const w of batch) w.resolve();
    } catch (error) {
      // Some of the batch may have been written; each request fails and a retry logs again, so an
      // entry is at worst written twice, never missing for an answer that was sent.
      for (const w of batch) w.reject(error);
    } finally {
      this.writing -= 1;
      if (this.queue.length > 0) this.kick();
    }
  }
}

/** Records that personal data was read or changed; the person sees these under "my data access". */
export async function recordAccess(deps: Deps, entry: AccessEntry): Promise<void> {
  await deps.accessLog.write({
    personId: new Types.ObjectId(entry.personId),
    accountId: entry.accountId ? new Types.ObjectId(entry.accountId) : null,
    actor: entry.actor,
    action: entry.action,
    at: deps.now(),
    requestId: entry.requestId ?? null,
  });
}

/** A person's read of their own data, recorded as the session's account on its platform. */
export function recordRead(deps: Deps, session: SessionInfo | undefined, personId: string, action: string, requestId: string): Promise<void> {
  return recordAccess(deps, { personId, accountId: session?.accountId, actor: session?.platform ?? 'unknown', action, requestId });
}

export async function listAccess(deps: Deps, personId: string, limit = 100) {
  const rows = await deps.models.AccessLog.find({ personId }, { actor: 1, action: 1, at: 1 }).sort({ at: -1 }).limit(limit).lean();
  return rows.map((r) => ({ actor: r.actor, action: r.action, at: r.at.toISOString() }));
}
