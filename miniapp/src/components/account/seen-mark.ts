import { z } from 'zod';
import type { SnapshotCache } from '../../services/cache';

const KEY = 'account.applicationsSeen';
const Mark = z.iso.datetime();

/**
 * The stageChangedAt of the newest application step the person has seen, so home can tell when
 * an application moved on since. Kept with the personal copies (services/cache.ts), which go with
 * the session: another person signing in on the phone starts without it. The server's own time is
 * kept, not the phone's, so a wrong phone clock cannot hide a change.
 */
export function createSeenMark(cache: SnapshotCache) {
  const get = (): string | undefined => cache.load(KEY, Mark)?.data;
  return {
    get,
    /** Only ever moves forward. */
    markSeen(stageChangedAt: string): void {
      const current = get();
      if (!current || Date.parse(stageChangedAt) > Date.parse(current)) cache.save(KEY, stageChangedAt);
    },
  };
}

export type SeenMark = ReturnType<typeof createSeenMark>;
