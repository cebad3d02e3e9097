import type { z } from 'zod';
import type { SnapshotCache } from '../services/cache';
import { NetworkError } from '../services/errors';

export interface Offline<T> {
  /** Snapshot key, e.g. `card` or `records.summary`. */
  key: string;
  /** The schema the data was loaded with: a stored copy is checked against it before use. */
  schema: z.ZodType<T>;
}

export interface Loaded<T> {
  data: T;
  /** Set when the data is the stored copy shown offline: when it was loaded. */
  staleAsOf: string | null;
  /** The failure behind a stale answer, for the banner. */
  error: unknown;
}

/**
 * Loads fresh data and keeps a copy; without a network, answers the last copy instead (marked
 * stale with its time). Anything else (an ApiError, a copy-less offline) is thrown to the page.
 */
export async function loadResource<T>(load: () => Promise<T>, offline: Offline<T> | undefined, cache: SnapshotCache): Promise<Loaded<T>> {
  try {
    const data = await load();
    if (offline) cache.save(offline.key, data);
    return { data, staleAsOf: null, error: null };
  } catch (error) {
    const snapshot = offline && error instanceof NetworkError ? cache.load(offline.key, offline.schema) : undefined;
    if (!snapshot) throw error;
    return { data: snapshot.data, staleAsOf: snapshot.asOf, error };
  }
}
