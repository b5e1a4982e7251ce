import type { Knex } from "knex"
import type { Logger } from "@medusajs/framework/types"
import { parseModuleOptions } from "@broadcart/core/options"
import { ServiceUnavailableError } from "@broadcart/core/http"
import { timeSeriesOptions, type TimeSeriesOptions } from "./options"
import { WriteBuffer } from "./buffer"
import { withIds } from "./idempotency"
import { PostgresBackend } from "./backends/postgres"
import { CassandraBackend } from "./backends/cassandra"
import { MIGRATIONS_DIR } from "./migrations-dir"
import type { CounterDelta, FeedItem, RangeQuery, SeriesQuery, TimePoint, TimeSeriesBackend } from "./types"

/** The mark of how far roll-ups are complete. */
const ROLLUP_MARK = "rollup"

/** Makes the backend the options ask for: Cassandra when configured, else the app's PostgreSQL. */
export function createBackend(options: TimeSeriesOptions, db: Knex): TimeSeriesBackend {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR
  if (options.cassandra) {
    return new CassandraBackend({ ...options.cassandra, migrationsDir, ttlDays: options.ttlDays, feedTtlDays: options.feedTtlDays })
  }
  return new PostgresBackend(db, { migrationsDir, ttlDays: options.ttlDays })
}

/**
 * The platform's time-series store: events, series, counters and feeds, on Cassandra or PostgreSQL
 * behind one interface. `record*` calls are buffered and never fail the caller; when the store is
 * down they are retried, and what overflows the buffer is dropped, counted and logged.
 */
export default class TimeSeriesModuleService {
  readonly options: TimeSeriesOptions
  readonly backend: TimeSeriesBackend
  private readonly logger: Logger
  /** One buffer per kind, so a retry repeats only the kind that failed. */
  private readonly buffers: { points: WriteBuffer<TimePoint>; counters: WriteBuffer<CounterDelta>; feed: WriteBuffer<FeedItem> }
  private ready: Promise<void> | null = null

  constructor(cradle: Record<string, any>, rawOptions?: Record<string, unknown>) {
    this.options = parseModuleOptions(timeSeriesOptions, rawOptions ?? {})
    this.logger = cradle.logger
    this.backend = createBackend(this.options, cradle.__pg_connection__)
    const buffer = <T>(kind: string, write: (batch: T[]) => Promise<void>) =>
      new WriteBuffer<T>(
        async (batch) => {
          await this.ensureReady()
          await write(batch)
        },
        {
          ...this.options.buffer,
          onDrop: (count, total) => this.logger.warn(`Time-series ${kind} buffer full: dropped ${count} oldest (${total} in all)`),
          onError: (e, queued) =>
            this.logger.warn(`Time-series store (${this.backend.name}) unavailable; ${queued} ${kind} kept for retry: ${(e as Error)?.message ?? e}`),
        }
      )
    this.buffers = {
      points: buffer("points", (b) => this.backend.append(b)),
      counters: buffer("counters", (b) => this.backend.increment(b)),
      feed: buffer("feed items", (b) => this.backend.pushFeed(b)),
    }
  }

  /** Connects and migrates once; after a failure the next call tries again. */
  ensureReady(): Promise<void> {
    this.ready ??= this.backend.init().catch((e) => {
      this.ready = null
      throw e
    })
    return this.ready
  }

  /** Buffered: queues points and returns at once. Each gets an id now, so retries write it once. */
  record(points: TimePoint[]) {
    this.buffers.points.push(withIds(points))
  }

  /** Buffered: queues counter increments, each applied once however often a retry sends it. */
  count(deltas: CounterDelta[]) {
    this.buffers.counters.push(withIds(deltas))
  }

  /** Buffered: queues feed items (e.g. chat messages). */
  recordFeed(items: FeedItem[]) {
    this.buffers.feed.push(items)
  }

  /** Writes whatever is buffered now; resolves when done or when the store refused. */
  async flush() {
    await Promise.all(Object.values(this.buffers).map((b) => b.flush()))
  }

  /** Buffer figures: queued, written, dropped, failures, last error. */
  stats() {
    const all = Object.values(this.buffers).map((b) => b.stats)
    const total = (k: "queued" | "written" | "dropped" | "failures") => all.reduce((sum, st) => sum + st[k], 0)
    return {
      backend: this.backend.name,
      queued: total("queued"),
      written: total("written"),
      dropped: total("dropped"),
      failures: total("failures"),
      lastError: all.map((st) => st.lastError).find(Boolean) ?? null,
    }
  }

  async append(points: TimePoint[]) {
    await this.ensureReady()
    await this.backend.append(points)
  }

  /** Throws ServiceUnavailableError (503) while the store cannot be reached. */
  async points(query: RangeQuery) {
    return this.read(() => this.backend.points(query))
  }

  /** Throws ServiceUnavailableError (503) while the store cannot be reached. */
  async series(query: SeriesQuery) {
    return this.read(() => this.backend.series(query))
  }

  async rollup(from: Date, to: Date) {
    await this.ensureReady()
    return this.backend.rollup(from, to)
  }

  /**
   * Rolls up everything since the last complete run (the `rollup` mark), and at least the last
   * `lookbackMs` for late, buffered writes; so after an outage of any length, nothing is left out.
   * The mark advances a day at a time, only after that day's roll-up succeeded, and never past
   * points still waiting in this process's buffer.
   */
  async rollupPending(now: Date, lookbackMs = 6 * 3_600_000) {
    await this.ensureReady()
    await this.flush()
    const settled = this.buffers.points.stats.queued === 0
    const since = (await this.backend.mark(ROLLUP_MARK)) ?? new Date(now.getTime() - lookbackMs)
    let from = new Date(Math.min(since.getTime(), now.getTime() - lookbackMs))
    let written = 0
    while (from < now) {
      const to = new Date(Math.min(from.getTime() + 86_400_000, now.getTime()))
      written += await this.backend.rollup(from, to)
      if (settled && to.getTime() > since.getTime()) {
        await this.backend.setMark(ROLLUP_MARK, to)
      }
      from = to
    }
    return written
  }

  async increment(deltas: CounterDelta[]) {
    await this.ensureReady()
    await this.backend.increment(deltas)
  }

  /** Throws ServiceUnavailableError (503) while the store cannot be reached. */
  async counters(entity: string) {
    return this.read(() => this.backend.counters(entity))
  }

  async pushFeed(items: FeedItem[]) {
    await this.ensureReady()
    await this.backend.pushFeed(items)
  }

  /** Throws ServiceUnavailableError (503) while the store cannot be reached. */
  async recent(feed: string, limit: number) {
    return this.read(() => this.backend.recent(feed, limit))
  }

  /** Runs a read; a store that cannot be reached becomes a ServiceUnavailableError, answered 503. */
  private async read<T>(run: () => Promise<T>): Promise<T> {
    try {
      await this.ensureReady()
      return await run()
    } catch (e) {
      if (this.backend.unavailable(e)) {
        throw new ServiceUnavailableError(`Analytics are unavailable: the time-series store (${this.backend.name}) cannot be reached. Try again shortly.`)
      }
      throw e
    }
  }

  __hooks = {
    // Migrate at startup; if the store is down, start anyway: writes wait in the buffer.
    onApplicationStart: async () => {
      await this.ensureReady().catch((e) =>
        this.logger.warn(`Time-series store (${this.backend.name}) not ready at startup, will retry on use: ${(e as Error)?.message ?? e}`)
      )
    },
    onApplicationShutdown: async () => {
      Object.values(this.buffers).forEach((b) => b.stop())
      await this.flush().catch(() => undefined)
      await this.backend.close()
    },
  }
}
