import type { Deps } from '../deps';

export interface AccessEntry {
  personId: string;
  accountId?: string | null;
  actor: string;
  action: string;
  requestId?: string;
}

/** Records that personal data was read or changed; the person sees these under "my data access". */
export async function recordAccess(deps: Deps, entry: AccessEntry): Promise<void> {
  await deps.models.AccessLog.create({ ...entry, accountId: entry.accountId ?? null, requestId: entry.requestId ?? null, at: deps.now() });
}

export async function listAccess(deps: Deps, personId: string, limit = 100) {
  const rows = await deps.models.AccessLog.find({ personId }, { actor: 1, action: 1, at: 1 }).sort({ at: -1 }).limit(limit).lean();
  return rows.map((r) => ({ actor: r.actor, action: r.action, at: r.at.toISOString() }));
}
