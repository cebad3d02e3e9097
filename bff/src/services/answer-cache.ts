import { LRUCache } from 'lru-cache';
import { JsonText } from '../http/json-text';

/**
 * Answers about a person's records, kept by their strong ETag. The ETag names the person, their
 * records version (read from the database, or kept until the change feed says it changed) and the
 * question, and an answer is a function of nothing else (records-etag.ts), so a cached answer is
 * never stale: a change of records raises the version and the next request asks under a new key,
 * on whichever instance it lands.
 *
 * Kept as JSON text, ready to send: serialising a year's answer took more time than everything
 * else a repeated request does.
 *
 * Bounded by size, not by count: a ten-year span of every type is some 150 KB where a year is 15,
 * and one person stepping through spans must not be able to fill the heap. Answers are weighed by
 * their JSON's length in bytes; one larger than a tenth of the whole is not kept.
 */
export type AnswerCache = LRUCache<string, JsonText>;

export function createAnswerCache(maxBytes = 32 * 1024 * 1024, ttlMs = 10 * 60 * 1000): AnswerCache {
  return new LRUCache<string, JsonText>({
    maxSize: maxBytes,
    maxEntrySize: Math.floor(maxBytes / 10),
    sizeCalculation: (entry) => Math.max(1, entry.bytes.length),
    ttl: ttlMs,
  });
}

/** The cached answer for `key`, or `load()`'s, which is then kept. */
export async function cachedAnswer(cache: AnswerCache, key: string, load: () => Promise<unknown>): Promise<JsonText> {
  const hit = cache.get(key);
  if (hit) return hit;
  const answer = new JsonText(JSON.stringify(await load()));
  cache.set(key, answer);
  return answer;
}
