import { z } from 'zod';
import { readJson, type KeyValueStore } from './kv';

const INDEX_KEY = 'ssc.snapshot.index';
const PREFIX = 'ssc.snapshot:';
const Stored = z.object({ asOf: z.string(), data: z.unknown() });

export interface Snapshot<T> {
  data: T;
  /** ISO time the data was loaded: the offline banner shows it. */
  asOf: string;
}

export interface SnapshotCache {
  save(key: string, data: unknown): void;
  /** The last saved data if it still matches the schema (an app update may have changed it). */
  load<T>(key: string, schema: z.ZodType<T>): Snapshot<T> | undefined;
  clear(): void;
}

/**
 * The last loaded card, records and the like, with when they were loaded, so a page can still show
 * them offline ("as of ..."). Personal data: cleared when the session ends (services/client.ts).
 */
export function createSnapshotCache(store: KeyValueStore, now: () => Date = () => new Date()): SnapshotCache {
  const index = (): string[] => {
    const parsed = z.array(z.string()).safeParse(readJson(store, INDEX_KEY));
    return parsed.success ? parsed.data : [];
  };
  return {
    save(key, data) {
      store.set(PREFIX + key, JSON.stringify({ asOf: now().toISOString(), data }));
      const keys = index();
      if (!keys.includes(key)) store.set(INDEX_KEY, JSON.stringify([...keys, key]));
    },
    load<T>(key: string, schema: z.ZodType<T>): Snapshot<T> | undefined {
      const stored = Stored.safeParse(readJson(store, PREFIX + key));
      if (!stored.success) return undefined;
      const data = schema.safeParse(stored.data.data);
      return data.success ? { data: data.data, asOf: stored.data.asOf } : undefined;
    },
    clear() {
      for (const key of index()) store.remove(PREFIX + key);
      store.remove(INDEX_KEY);
    },
  };
}
