/**
 * Synchronous key-value storage. The app uses Taro's storage (services/client.ts); tests use
 * memoryStore. Values are strings: callers own their encoding (JSON) and its validation.
 */
export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    get: (key) => data.get(key),
    set: (key, value) => void data.set(key, value),
    remove: (key) => void data.delete(key),
    dump: () => Object.fromEntries(data),
  };
}

/** Reads a JSON value, or undefined when it is missing or unreadable (an older app version's). */
export function readJson(store: KeyValueStore, key: string): unknown {
  const raw = store.get(key);
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
