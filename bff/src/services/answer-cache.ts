import { LRUCache } from 'lru-cache';

/**
 * Answers about a person's records, kept by their strong ETag. The ETag names the person, their
 * records version (read from the database on every request) and the question, and an answer is a
 * function of nothing else (records-etag.ts), so a cached answer is never stale: a change of records
 * raises the version and the next request asks under a new key, on whichever instance it lands.
 * Bounded in entries (a year of records is about 15 KB) and in time, so memory stays small.
 */
export type AnswerCache = LRUCache<string, { value: unknown }>;

export function createAnswerCache(max = 2000, ttlMs = 10 * 60 * 1000): AnswerCache {
  return new LRUCache<string, { value: unknown }>({ max, ttl: ttlMs });
}

/** The cached answer for `key`, or `load()`'s, which is then kept. */
export async function cachedAnswer<T>(cache: AnswerCache, key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) return hit.value as T;
  const value = await load();
  cache.set(key, { value });
  return value;
}
