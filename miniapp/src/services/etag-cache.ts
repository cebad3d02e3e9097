import { z } from 'zod';
import { readJson, type KeyValueStore } from './kv';

const INDEX_KEY = 'ssc.etag.index';
const PREFIX = 'ssc.etag:';
const Entry = z.object({ etag: z.string(), body: z.string() });
export type EtagEntry = z.infer<typeof Entry>;

export interface EtagCache {
  get(url: string): EtagEntry | undefined;
  put(url: string, entry: EtagEntry): void;
  clear(): void;
}

/**
 * Bodies of ETag-carrying answers (the records endpoints) by URL, so a 304 can be answered from
 * here. One key per entry: rewriting one big map on every answer would copy every year each time.
 * The oldest entries go first past `max`.
 */
export function createEtagCache(store: KeyValueStore, max = 40): EtagCache {
  const index = (): string[] => {
    const parsed = z.array(z.string()).safeParse(readJson(store, INDEX_KEY));
    return parsed.success ? parsed.data : [];
  };
  return {
    get(url) {
      const parsed = Entry.safeParse(readJson(store, PREFIX + url));
      return parsed.success ? parsed.data : undefined;
    },
    put(url, entry) {
      const urls = [...index().filter((u) => u !== url), url];
      while (urls.length > max) store.remove(PREFIX + (urls.shift() as string));
      store.set(PREFIX + url, JSON.stringify(entry));
      store.set(INDEX_KEY, JSON.stringify(urls));
    },
    clear() {
      for (const url of index()) store.remove(PREFIX + url);
      store.remove(INDEX_KEY);
    },
  };
}
