import { createHash } from 'node:crypto';
import type { Deps } from '../deps';

/** Part of every records ETag: raising it when a response's shape changes drops the old ones. */
const SHAPE_REVISION = 1;

export async function recordsVersion(deps: Deps, personId: string): Promise<number> {
  const meta = await deps.models.RecordsMeta.findOne({ personId }, { version: 1 }).lean();
  return meta?.version ?? 0;
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
  return meta?.version ?? 0;
}

/**
 * A strong ETag for one answer about one person's records: the answer is a function of the
 * person, their records version and the normalised question (`scope`), and of nothing else.
 */
export function recordsEtag(personId: string, version: number, scope: string): string {
  const digest = createHash('sha256').update(`${SHAPE_REVISION}|${personId}|${version}|${scope}`).digest('base64url');
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
