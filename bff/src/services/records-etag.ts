import { hash } from 'node:crypto';
import { Types } from 'mongoose';
import { isDuplicateKey } from '../db/unavailable';
import type { Deps } from '../deps';
import { monotonicNow } from './change-feed';

/**
 * Part of every records ETag: raising it when a response's shape or meaning changes drops the old
 * ones. 2: totals and the years list count received months only, and the list has every year.
 * 3: a statement's mid-year account figures are `latest`, and places follow the pension records.
 */
const SHAPE_REVISION = 3;

/** What an instance keeps of a person's records version (services/coherent-cache.ts). */
export interface KeptVersion {
  personId: string;
  version: number;
  /** The ETags made from this version, by scope: a repeated read need not hash again. */
  etags?: Map<string, string>;
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

/** The ETag of a records answer when this instance keeps the person's version; undefined otherwise. */
export function keptRecordsEtag(deps: Deps, personId: string, scope: string): string | undefined {
  const kept = deps.versions.get(personId);
  if (!kept) return undefined;
  kept.etags ??= new Map();
  let etag = kept.etags.get(scope);
  if (etag === undefined) {
    etag = recordsEtag(personId, kept.version, scope);
    // A person's scopes are few (a page's years and spans); the bound only keeps a client's from growing it.
    if (kept.etags.size < 64) kept.etags.set(scope, etag);
  }
  return etag;
}

/** A change noted on the person's records meta before its writes (`changeRecords`). */
type Change = { _id: Types.ObjectId; at: Date };

/** An upsert of the person's meta: two first changes at once meet the unique index, and the loser tries again. */
async function upsertMeta<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return write();
  }
}

/** Clears the mark the sweep looks for once no change is under way. */
async function unmark(deps: Deps, personId: string | Types.ObjectId): Promise<void> {
  await deps.models.RecordsMeta.updateOne({ personId, changes: { $size: 0 } }, { $unset: { changing: 1 } });
}

/**
 * Called after the records have been written, never before: a reader that sees the new version
 * then also sees the new records, so no stale answer is ever labelled with the new ETag. `change`
 * is the note `changeRecords` made before the writes: it goes in the same update.
 */
export async function bumpRecordsVersion(deps: Deps, personId: string, change?: Change): Promise<number> {
  const meta = await upsertMeta(() =>
    deps.models.RecordsMeta.findOneAndUpdate(
      { personId },
      { $inc: { version: 1 }, $set: { updatedAt: deps.now() }, ...(change ? { $pull: { changes: { _id: change._id } } } : {}) },
      { upsert: true, returnDocument: 'after', projection: { version: 1 } },
    ).lean(),
  );
  if (change) await unmark(deps, personId);
  await deps.feed.publish('records', [personId]);
  return meta?.version ?? 0;
}

/**
 * Runs a change to a person's records or accounts so that no failure leaves it without its
 * version bump. It is noted on the person's meta before anything is written, and the bump removes
 * the note. A change that stops in between (a timeout answered 503, a crash) leaves its note: a
 * retry that finds its records already written changes nothing, but the sweep
 * (`finishAbandonedChanges`) bumps the version within a minute or two, so answers kept from before
 * the change are not served as current for good. `work` says whether it changed anything; if it
 * did not, the version stays and the person's kept answers with it.
 */
export async function changeRecords<T>(deps: Deps, personId: string, work: () => Promise<{ changed: boolean; result: T }>): Promise<{ result: T; version: number }> {
  const change: Change = { _id: new Types.ObjectId(), at: deps.now() };
  await upsertMeta(() =>
    deps.models.RecordsMeta.updateOne(
      { personId },
      { $push: { changes: change }, $set: { changing: true }, $setOnInsert: { version: 0, updatedAt: change.at } },
      { upsert: true },
    ),
  );
  const { changed, result } = await work();
  if (changed) return { result, version: await bumpRecordsVersion(deps, personId, change) };
  await deps.models.RecordsMeta.updateOne({ personId }, { $pull: { changes: { _id: change._id } } });
  await unmark(deps, personId);
  return { result, version: await recordsVersion(deps, personId) };
}

/**
 * Bumps the version of people whose records changes stopped between their writes and their bump
 * (noted more than `olderThanMs` ago, so changes under way finish their own). Returns how many.
 */
export async function finishAbandonedChanges(deps: Deps, olderThanMs = 60_000): Promise<number> {
  const before = new Date(deps.now().getTime() - olderThanMs);
  const marked = await deps.models.RecordsMeta.find({ changing: true }, { personId: 1, changes: 1 }).limit(100).lean();
  const stuck = marked.filter((meta) => meta.changes.some((change) => change.at <= before));
  for (const meta of stuck) {
    await deps.models.RecordsMeta.updateOne({ _id: meta._id }, { $inc: { version: 1 }, $set: { updatedAt: deps.now() }, $pull: { changes: { at: { $lte: before } } } });
    await unmark(deps, meta.personId);
  }
  if (stuck.length > 0) await deps.feed.publish('records', stuck.map((meta) => String(meta.personId)));
  return stuck.length;
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
