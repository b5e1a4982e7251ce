import type { Knex } from "knex"
import { join } from "node:path"
import { applyMigrations, readMigrations } from "../migrate"
import { bucketEnd, bucketStart } from "../buckets"
import { deltaId, pointKey } from "../idempotency"
import type { CounterDelta, FeedItem, RangeQuery, SeriesPoint, SeriesQuery, TimePoint, TimeSeriesBackend } from "../types"

const ROWS_PER_INSERT = 1000

/** The time-series store on the app's PostgreSQL: plain tables, aggregated with SQL. */
export class PostgresBackend implements TimeSeriesBackend {
  readonly name = "postgres"

  constructor(
    private readonly db: Knex,
    private readonly opts: { migrationsDir: string; ttlDays: number }
  ) {}

  async init() {
    const migrations = readMigrations(join(this.opts.migrationsDir, "time-series-postgres"), "sql")
    await this.db.transaction(async (trx) => {
      // One server migrates at a time; the others wait, then find nothing left to do.
      await trx.raw("SELECT pg_advisory_xact_lock(hashtext('broadcart_time_series_migrations'))")
      await trx.raw(
        "CREATE TABLE IF NOT EXISTS ts_schema_migration (id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
      )
      await applyMigrations(migrations, {
        applied: async () => new Map((await trx.raw("SELECT id, checksum FROM ts_schema_migration")).rows.map((r: any) => [r.id, r.checksum])),
        run: (statement) => trx.raw(statement),
        record: (m) => trx.raw("INSERT INTO ts_schema_migration (id, checksum) VALUES (?, ?)", [m.id, m.checksum]),
      })
    })
  }

  async append(points: TimePoint[]) {
    for (let i = 0; i < points.length; i += ROWS_PER_INSERT) {
      const rows = points.slice(i, i + ROWS_PER_INSERT)
      await this.db.raw(
        `INSERT INTO ts_point (entity, metric, ts, value, dims, id) VALUES ${rows.map(() => "(?, ?, ?, ?, ?, ?)").join(", ")}
         ON CONFLICT (entity, metric, id) DO NOTHING`,
        rows.flatMap((p) => [p.entity, p.metric, p.ts, p.value, p.dims ? JSON.stringify(p.dims) : null, pointKey(p)])
      )
    }
  }

  async points({ entity, metric, from, to }: RangeQuery): Promise<TimePoint[]> {
    const { rows } = await this.db.raw("SELECT ts, value, dims FROM ts_point WHERE entity = ? AND metric = ? AND ts >= ? AND ts < ? ORDER BY ts", [
      entity,
      metric,
      from,
      to,
    ])
    return rows.map((r: any) => ({ entity, metric, ts: new Date(r.ts), value: Number(r.value), ...(r.dims ? { dims: r.dims } : {}) }))
  }

  async series({ entity, metric, from, to, bucket }: SeriesQuery): Promise<SeriesPoint[]> {
    const { rows } =
      bucket === "minute"
        ? await this.db.raw(
            `SELECT date_trunc('minute', ts) AS ts, sum(value) AS sum, count(*) AS count, max(value) AS max
               FROM ts_point WHERE entity = ? AND metric = ? AND ts >= ? AND ts < ? GROUP BY 1 ORDER BY 1`,
            [entity, metric, from, to]
          )
        : await this.db.raw(
            `SELECT ts, sum, count, max FROM ts_rollup
              WHERE entity = ? AND metric = ? AND bucket = ? AND ts >= ? AND ts < ? ORDER BY ts`,
            [entity, metric, bucket, bucketStart(from, bucket), to]
          )
    return rows.map((r: any) => ({ ts: new Date(r.ts), sum: Number(r.sum), count: Number(r.count), max: Number(r.max) }))
  }

  async rollup(from: Date, to: Date): Promise<number> {
    let written = 0
    for (const bucket of ["hour", "day"] as const) {
      const { rowCount } = await this.db.raw(
        `INSERT INTO ts_rollup (entity, metric, bucket, ts, sum, count, max)
         SELECT entity, metric, ?, date_trunc(?, ts AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', sum(value), count(*), max(value)
           FROM ts_point WHERE ts >= ? AND ts < ?
          GROUP BY 1, 2, 4
         ON CONFLICT (entity, metric, bucket, ts) DO UPDATE SET sum = excluded.sum, count = excluded.count, max = excluded.max`,
        [bucket, bucket, bucketStart(from, bucket), bucketEnd(to, bucket)]
      )
      written += rowCount ?? 0
    }
    // Raw points past their time to live go; roll-ups stay.
    await this.db.raw("DELETE FROM ts_point WHERE ts < now() - make_interval(days => ?)", [this.opts.ttlDays])
    // Increment ids are remembered a week, as on Cassandra: long enough for any retry.
    await this.db.raw("DELETE FROM ts_counter_applied WHERE applied_at < now() - interval '7 days'")
    return written
  }

  /** Each increment's id is stored in the same transaction as the increment, so a retry finds it and skips. */
  async increment(deltas: CounterDelta[]) {
    const named = [...new Map(deltas.map((d) => ({ ...d, id: deltaId(d) })).map((d) => [`${d.entity}\u0000${d.name}\u0000${d.id}`, d])).values()]
    if (!named.length) {
      return
    }
    await this.db.transaction(async (trx) => {
      const { rows } = await trx.raw(
        `INSERT INTO ts_counter_applied (entity, name, id) VALUES ${named.map(() => "(?, ?, ?)").join(", ")}
         ON CONFLICT DO NOTHING RETURNING entity, name, id`,
        named.flatMap((d) => [d.entity, d.name, d.id])
      )
      const fresh = new Set(rows.map((r: any) => `${r.entity}\u0000${r.name}\u0000${r.id}`))
      const merged = mergeDeltas(named.filter((d) => fresh.has(`${d.entity}\u0000${d.name}\u0000${d.id}`)))
      if (!merged.length) {
        return
      }
      await trx.raw(
        `INSERT INTO ts_counter (entity, name, value) VALUES ${merged.map(() => "(?, ?, ?)").join(", ")}
         ON CONFLICT (entity, name) DO UPDATE SET value = ts_counter.value + excluded.value`,
        merged.flatMap((d) => [d.entity, d.name, Math.round(d.by)])
      )
    })
  }

  async counters(entity: string) {
    const { rows } = await this.db.raw("SELECT name, value FROM ts_counter WHERE entity = ?", [entity])
    return Object.fromEntries(rows.map((r: any) => [r.name, Number(r.value)]))
  }

  async mark(name: string) {
    const { rows } = await this.db.raw("SELECT at FROM ts_mark WHERE name = ?", [name])
    return rows[0] ? new Date(rows[0].at) : null
  }

  async setMark(name: string, at: Date) {
    await this.db.raw("INSERT INTO ts_mark (name, at) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET at = excluded.at", [name, at])
  }

  async pushFeed(items: FeedItem[]) {
    if (!items.length) {
      return
    }
    await this.db.raw(
      `INSERT INTO ts_feed_item (feed, ts, id, data) VALUES ${items.map(() => "(?, ?, ?, ?)").join(", ")} ON CONFLICT DO NOTHING`,
      items.flatMap((i) => [i.feed, i.ts, i.id, JSON.stringify(i.data)])
    )
  }

  async recent(feed: string, limit: number): Promise<FeedItem[]> {
    const { rows } = await this.db.raw("SELECT ts, id, data FROM ts_feed_item WHERE feed = ? ORDER BY ts DESC, id LIMIT ?", [feed, limit])
    return rows.map((r: any) => ({ feed, id: r.id, ts: new Date(r.ts), data: r.data }))
  }

  async close() {}

  unavailable(error: unknown) {
    const e = error as { code?: string; name?: string }
    // Refused or lost connections, a server shutting down or starting, or no free connection in the pool.
    return ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03", "08001", "08006"].includes(e?.code ?? "") || e?.name === "KnexTimeoutError"
  }
}

/** One delta per counter, so one INSERT … ON CONFLICT never touches a row twice. */
export function mergeDeltas(deltas: CounterDelta[]): CounterDelta[] {
  const merged = new Map<string, CounterDelta>()
  for (const d of deltas) {
    const key = `${d.entity}\u0000${d.name}`
    const prev = merged.get(key)
    merged.set(key, prev ? { ...prev, by: prev.by + d.by } : { ...d })
  }
  return [...merged.values()]
}
