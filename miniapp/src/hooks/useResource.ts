import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { snapshots } from '../services/client';
import { loadResource, type Offline } from './load-resource';

export type ResourceStatus = 'loading' | 'ready' | 'error';

export interface Resource<T> {
  status: ResourceStatus;
  data: T | undefined;
  error: unknown;
  /** ISO time of the stored copy shown while offline; null when the data is fresh. */
  staleAsOf: string | null;
  /** True while reloading with data already on screen. */
  refreshing: boolean;
  /** Loads again (the retry button, pull-down refresh, coming back to the page). */
  retry(): void;
}

/**
 * Load-with-state for every page: `const card = useResource(getCard, { offline: { key: 'card', schema: CardView } })`,
 * then `<PageState resource={card}>{(data) => ...}</PageState>`. `deps` reload it (e.g. a year picker).
 */
export function useResource<T>(load: () => Promise<T>, options: { offline?: Offline<T>; deps?: DependencyList } = {}): Resource<T> {
  const [state, setState] = useState<Omit<Resource<T>, 'retry'>>({ status: 'loading', data: undefined, error: null, staleAsOf: null, refreshing: false });
  const [attempt, setAttempt] = useState(0);
  // The latest load/offline without making them effect dependencies (callers pass inline arrows).
  const latest = useRef({ load, offline: options.offline });
  latest.current = { load, offline: options.offline };

  useEffect(() => {
    let current = true; // an answer for an old attempt or an unmounted page is dropped
    setState((s) => (s.data === undefined ? { ...s, status: 'loading', error: null } : { ...s, refreshing: true }));
    loadResource(latest.current.load, latest.current.offline, snapshots).then(
      (loaded) => current && setState({ status: 'ready', data: loaded.data, error: loaded.error, staleAsOf: loaded.staleAsOf, refreshing: false }),
      (error: unknown) => current && setState((s) => ({ ...s, status: s.data === undefined ? 'error' : 'ready', error, refreshing: false })),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deps are the caller's
  }, [attempt, ...(options.deps ?? [])]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
