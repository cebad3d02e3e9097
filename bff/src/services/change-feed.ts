import type { Collection } from 'mongodb';
import type { Logger } from 'pino';

export type Topic = 'sessions' | 'records';

export interface ChangeFeedOptions {
  /** How often the instance reads the changes others published. */
  pollMs: number;
  /**
   * What is kept in memory is used only while the last successful read of the changes began at
   * most this long ago. It bounds how late a change made on another instance is seen here; when
   * the database cannot be read, the caches step aside and every request reads the database.
   */
  maxLagMs: number;
  /**
   * Each read looks this far behind the previous one, so a change whose insert was slow, or
   * whose writer's clock is a little behind, is still seen. Far larger than either.
   */
  overlapMs: number;
}

export const FEED_DEFAULTS: ChangeFeedOptions = { pollMs: 200, maxLagMs: 1000, overlapMs: 5000 };

type Listener = (key: string) => void;

/**
 * Lets BFF instances keep things in memory (sessions, records versions) without serving them
 * after they changed. A write publishes which key changed, after the write itself: the instance
 * that wrote forgets the key at once, every other instance within `maxLagMs`. An instance that has
 * not heard from the database for longer than that uses none of what it keeps.
 *
 * MongoDB change streams would push instead of being polled, but they need a replica set and the
 * embedded server has none; a poll a fifth of a second is one small indexed query per instance.
 */
export class ChangeFeed {
  private readonly listeners = new Map<Topic, Set<Listener>>();
  /** Ids of changes already delivered, with their time, so the overlap delivers each once. */
  private readonly delivered = new Map<string, number>();
  /** Last time each `topic|key` was forgotten, for `forgottenSince`. */
  private readonly forgotten = new Map<string, number>();
  private lastPollStart = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private stopped = false;

  constructor(
    private readonly changes: Collection,
    private readonly logger: Logger,
    private readonly options: ChangeFeedOptions = FEED_DEFAULTS,
  ) {}

  subscribe(topic: Topic, listener: Listener): void {
    const set = this.listeners.get(topic) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(topic, set);
  }

  /**
   * True while what is kept may be used: the last read of the changes began within `maxLagMs`.
   * Starts the reading on first use, so processes that keep nothing never poll.
   */
  fresh(): boolean {
    this.start();
    return Date.now() - this.lastPollStart <= this.options.maxLagMs;
  }

  /** Whether `key` was forgotten at or after `since` (a `Date.now()` taken before a read). */
  forgottenSince(topic: Topic, key: string, since: number): boolean {
    return (this.forgotten.get(`${topic}|${key}`) ?? Number.NEGATIVE_INFINITY) >= since;
  }

  /**
   * Call after the write has been acknowledged, never before: an instance that forgets a key
   * before the write lands could read the old value again and keep it.
   */
  async publish(topic: Topic, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    for (const key of keys) this.deliver(topic, key);
    const at = new Date();
    await this.changes.insertMany(keys.map((key) => ({ topic, key, at })));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private start(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.poll(), ms);
    // A poll never keeps a process alive (tests, scripts, a shutting-down server).
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    const started = Date.now();
    // The first read looks back over the overlap too: nothing was kept before it anyway.
    const since = Math.min(this.lastPollStart, started) - this.options.overlapMs;
    try {
      const rows = await this.changes
        .find({ at: { $gte: new Date(Number.isFinite(since) ? since : started - this.options.overlapMs) } }, { projection: { topic: 1, key: 1, at: 1 } })
        .toArray();
      for (const row of rows) {
        const id = String(row._id);
        if (this.delivered.has(id)) continue;
        this.delivered.set(id, (row.at as Date).getTime());
        this.deliver(row.topic as Topic, String(row.key));
      }
      this.lastPollStart = started;
      this.prune(started);
    } catch (error) {
      // The caches step aside by themselves once maxLagMs passes without a successful read.
      if (!this.stopped) this.logger.debug({ err: error }, 'change feed read failed');
    }
    this.schedule(Math.max(0, this.options.pollMs - (Date.now() - started)));
  }

  private deliver(topic: Topic, key: string): void {
    this.forgotten.set(`${topic}|${key}`, Date.now());
    for (const listener of this.listeners.get(topic) ?? []) listener(key);
  }

  private prune(now: number): void {
    const horizon = now - 2 * this.options.overlapMs;
    for (const [id, at] of this.delivered) if (at < horizon) this.delivered.delete(id);
    for (const [key, at] of this.forgotten) if (at < horizon) this.forgotten.delete(key);
  }
}
