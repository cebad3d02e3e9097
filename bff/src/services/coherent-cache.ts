import { LRUCache } from 'lru-cache';
import type { ChangeFeed, Topic } from './change-feed';

export interface CoherentCacheOptions<V> {
  topic: Topic;
  /** The key changes are published under for a value (an account id for a session). */
  tagOf(value: V): string;
  max: number;
  /**
   * A value is read again after this long even if no change was heard of: the bound for the one
   * case the feed cannot cover, a writer that stopped between its write and its publish.
   */
  maxAgeMs: number;
}

/**
 * Values read from the database, kept in this instance and forgotten when the change feed says
 * their tag changed. `get` answers only while the feed is fresh; otherwise the caller reads the
 * database as if nothing were kept.
 */
export class CoherentCache<V extends object> {
  private readonly entries: LRUCache<string, V>;
  private readonly keysByTag = new Map<string, Set<string>>();

  constructor(
    private readonly feed: ChangeFeed,
    private readonly options: CoherentCacheOptions<V>,
  ) {
    this.entries = new LRUCache<string, V>({
      max: options.max,
      ttl: options.maxAgeMs,
      dispose: (value, key) => this.untag(options.tagOf(value), key),
    });
    feed.subscribe(options.topic, (tag) => this.forgetTag(tag));
    feed.onReset(() => this.entries.clear());
  }

  get(key: string): V | undefined {
    return this.feed.fresh() ? this.entries.get(key) : undefined;
  }

  /**
   * Keeps `value`, read by a read that began at `readStarted` (`monotonicNow()`), unless the feed
   * says otherwise (ChangeFeed.mayKeep): its tag was forgotten since, for one.
   */
  set(key: string, value: V, readStarted: number): void {
    const tag = this.options.tagOf(value);
    if (!this.feed.mayKeep(this.options.topic, tag, readStarted)) return;
    this.entries.set(key, value);
    const keys = this.keysByTag.get(tag) ?? new Set<string>();
    keys.add(key);
    this.keysByTag.set(tag, keys);
  }

  get size(): number {
    return this.entries.size;
  }

  private forgetTag(tag: string): void {
    const keys = this.keysByTag.get(tag);
    if (!keys) return;
    for (const key of [...keys]) this.entries.delete(key);
    this.keysByTag.delete(tag);
  }

  private untag(tag: string, key: string): void {
    const keys = this.keysByTag.get(tag);
    if (!keys) return;
    keys.delete(key);
    if (keys.size === 0) this.keysByTag.delete(tag);
  }
}
