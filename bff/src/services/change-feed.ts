import { performance } from 'node:perf_hooks';
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
   * whose writer's clock is a little behind, is still seen. A publish whose insert took more than
   * half of it is inserted again with a new time.
   */
  overlapMs: number;
  /** A publish whose insert failed is tried again this often until it lands. */
  retryMs: number;
}

export const FEED_DEFAULTS: ChangeFeedOptions = { pollMs: 200, maxLagMs: 1000, overlapMs: 5000, retryMs: 500 };

/**
 * The clock for everything local (freshness, when a key was forgotten, when a read began): it
 * never steps back when the wall clock is corrected. Only the `at` of a change, which other
 * instances compare with theirs, is wall-clock time.
 */
export const monotonicNow = (): number => performance.now();

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
  private readonly resetListeners = new Set<() => void>();
  /** Ids of changes already delivered (read or published here), so each is delivered once. */
  private readonly delivered = new Map<string, number>();
  /** When (monotonic) each `topic|key` was last forgotten, for `mayKeep`. */
  private readonly forgotten = new Map<string, number>();
  /** Monotonic and wall-clock start of the last successful read. */
  private lastPoll = { mono: Number.NEGATIVE_INFINITY, wall: Number.NEGATIVE_INFINITY };
  private failing = false;
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

  /** Called when changes may have been missed (no read for longer than the overlap): forget all. */
  onReset(listener: () => void): void {
    this.resetListeners.add(listener);
  }

  /**
   * True while what is kept may be used: the last read of the changes began within `maxLagMs`.
   * Starts the reading on first use, so processes that keep nothing never poll.
   */
  fresh(): boolean {
    this.start();
    return monotonicNow() - this.lastPoll.mono <= this.options.maxLagMs;
  }

  /**
   * Whether a value of `key` read by a read that began at `readStarted` (`monotonicNow()`) may be
   * kept: the feed is fresh, the key was not forgotten since the read began (the read may have
   * seen the value from before the change), and the read is recent enough for that to be known.
   */
  mayKeep(topic: Topic, key: string, readStarted: number): boolean {
    if (!this.fresh() || monotonicNow() - readStarted > this.options.overlapMs) return false;
    return (this.forgotten.get(`${topic}|${key}`) ?? Number.NEGATIVE_INFINITY) < readStarted;
  }

  /**
   * Call after the write has been acknowledged, never before: an instance that forgets a key
   * before the write lands could read the old value again and keep it.
   *
   * Never throws. The write it follows has happened, so failing the request would only make the
   * client retry a write that finds nothing left to change and publishes nothing. A failed insert
   * is tried again in the background until it lands; until then other instances keep the old value
   * for at most the kept values' own lifetime.
   */
  async publish(topic: Topic, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    for (const key of keys) this.deliver(topic, key);
    this.prune(monotonicNow());
    if (!(await this.insert(topic, keys))) this.retry(topic, keys);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /**
   * Inserts the change once; true if it landed with an `at` recent enough for every reader to see.
   * A slow insert may land with an `at` that readers have already looked past: it counts as failed.
   */
  private async insert(topic: Topic, keys: readonly string[]): Promise<boolean> {
    const at = new Date();
    try {
      const result = await this.changes.insertMany(keys.map((key) => ({ topic, key, at })));
      for (const id of Object.values(result.insertedIds)) this.delivered.set(String(id), at.getTime());
    } catch (error) {
      this.logger.warn({ err: error, topic, keys: keys.length }, 'change feed publish failed; trying again');
      return false;
    }
    return Date.now() - at.getTime() <= this.options.overlapMs / 2;
  }

  private retry(topic: Topic, keys: readonly string[]): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      void this.insert(topic, keys).then((done) => done || this.retry(topic, keys));
    }, this.options.retryMs);
    timer.unref();
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
    const mono = monotonicNow();
    const wall = Date.now();
    // After a gap longer than the overlap (the first read, an outage, a paused process) the changes
    // in between are not read back: what is kept is forgotten instead, and reading starts afresh.
    const gap = mono - this.lastPoll.mono > this.options.overlapMs;
    const since = gap ? wall - this.options.overlapMs : this.lastPoll.wall - this.options.overlapMs;
    try {
      const rows = await this.changes.find({ at: { $gte: new Date(since) } }, { projection: { topic: 1, key: 1, at: 1 } }).toArray();
      if (gap) for (const listener of this.resetListeners) listener();
      for (const row of rows) {
        const id = String(row._id);
        if (this.delivered.has(id)) continue;
        this.delivered.set(id, (row.at as Date).getTime());
        this.deliver(row.topic as Topic, String(row.key));
      }
      this.lastPoll = { mono, wall };
      this.prune(mono);
      if (this.failing) this.logger.info('change feed read again');
      this.failing = false;
    } catch (error) {
      // The caches step aside by themselves once maxLagMs passes without a successful read.
      if (!this.stopped && !this.failing) this.logger.warn({ err: error }, 'change feed read failed: kept sessions and versions are not used until it reads again');
      this.failing = true;
    }
    this.schedule(Math.max(0, this.options.pollMs - (monotonicNow() - mono)));
  }

  private deliver(topic: Topic, key: string): void {
    this.forgotten.set(`${topic}|${key}`, monotonicNow());
    for (const listener of this.listeners.get(topic) ?? []) listener(key);
  }

  private prune(mono: number): void {
    const wallHorizon = Date.now() - 3 * this.options.overlapMs;
    for (const [id, at] of this.delivered) if (at < wallHorizon) this.delivered.delete(id);
    // A read older than the overlap is never kept (mayKeep), so older entries decide nothing.
    for (const [key, at] of this.forgotten) if (at < mono - 2 * this.options.overlapMs) this.forgotten.delete(key);
  }
}
