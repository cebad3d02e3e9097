import { z } from 'zod';
import { readJson, type KeyValueStore } from './kv';

const SESSION_KEY = 'ssc.session';
const RETURN_KEY = 'ssc.returnTo';

const StoredSession = z.object({
  token: z.string().min(1),
  /**
   * The login answer's `expiresAt`: the session's absolute end. The session may end sooner (idle
   * expiry, logout elsewhere): the server then answers 401, and the HTTP client clears the session.
   */
  expiresAt: z.string(),
  bound: z.boolean(),
});
export type StoredSession = z.infer<typeof StoredSession>;

export interface Session {
  /** The bearer token, or undefined when signed out or past the session's absolute end. */
  token(): string | undefined;
  current(): StoredSession | undefined;
  save(session: StoredSession): void;
  /** Signs out locally; listeners (caches of personal data) clear themselves. */
  clear(): void;
  onClear(listener: () => void): () => void;
  /** Where to go back to after the next login (a page URL with its query). */
  rememberReturn(url: string): void;
  takeReturn(): string | undefined;
}

/** The session token in storage. Pure: the store is given, so Node tests use a memory store. */
export function createSession(store: KeyValueStore, now: () => number = Date.now): Session {
  const listeners = new Set<() => void>();
  const current = (): StoredSession | undefined => {
    const parsed = StoredSession.safeParse(readJson(store, SESSION_KEY));
    if (!parsed.success) return undefined;
    // Past its absolute end a token would only earn a 401: treat it as signed out straight away.
    // Idle expiry is not checked here: each request moves it, and only the server knows where to.
    return Date.parse(parsed.data.expiresAt) > now() ? parsed.data : undefined;
  };
  return {
    token: () => current()?.token,
    current,
    save: (session) => store.set(SESSION_KEY, JSON.stringify(StoredSession.parse(session))),
    clear() {
      store.remove(SESSION_KEY);
      for (const listener of listeners) listener();
    },
    onClear(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    rememberReturn: (url) => store.set(RETURN_KEY, url),
    takeReturn() {
      const url = store.get(RETURN_KEY);
      store.remove(RETURN_KEY);
      return url;
    },
  };
}
