import { hash } from 'node:crypto';
import type { Deps } from '../deps';
import { monotonicNow } from './change-feed';

/**
 * Part of every records ETag: raising it when a response's shape or meaning changes drops the old
 * ones. 2: totals and the years list count received months only, and the list has every year.
 */
const SHAPE_REVISION = 2;

/** What an instance keeps of a person's records version (services/coherent-cache.ts). */
export interface KeptVersion {
  personId: string;
  version: number;
}

/**
 * The person's records version. Kept in memory until the change feed says it was bumped: here at
 * once, on other instances within the feed's lag, during which they answer as before the import.
 */
export async function recordsVersion(deps: Deps, personId: string): Promise<number> {
  const kept = deps.versions.get(personId);
  if (kept) return kept.version;
  const started = monotonicNow();
  const meta = await deps.models.RecordsMeta.findOne({ personId }, { version: 1 }).lean();
  const version = meta?.version ?? 0;
  deps.versions.set(personId, { personId, version }, started);
  return version;
}

/**
 * Called after the records have been written, never before: a reader that sees the new version
 * then also sees the new records, so no stale answer is ever labelled with the new ETag.
 */
export async function bumpRecordsVersion(deps: Deps, personId: string): Promise<number> {
  const meta = await deps.models.RecordsMeta.findOneAndUpdate(
    { personId },
    { $inc: { version: 1 }, $set: { updatedAt: deps.now() } },
    { upsert: true, returnDocument: 'after', projection: { version: 1 } },
  ).lean();
  await deps.feed.publish('records', [personId]);
  return meta?.version ?? 0;
}

/**
 * A strong ETag for one answer about one person's records: the answer is a function of the
 * person, their records version and the normalised question (`scope`), and of nothing else.
 */
export function recordsEtag(personId: string, version: number, scope: string): string {
  const digest = hash('sha256', `${SHAPE_REVISION}|${personId}|${version}|${scope}`, 'base64url');
  return `"${digest.slice(0, 27)}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored, `*` matches. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}
