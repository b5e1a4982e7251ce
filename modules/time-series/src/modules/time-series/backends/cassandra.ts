import { join } from "node:path"
import { Client, errors, policies, types } from "cassandra-driver"
import { applyMigrations, readMigrations } from "../migrate"
import { deltaId, digest, pointKey } from "../idempotency"
import { aggregate, bucketEnd, bucketStart, daysBetween, groupBy, hoursBetween, inParallel } from "../buckets"
import type { CounterDelta, FeedItem, RangeQuery, SeriesPoint, SeriesQuery, TimePoint, TimeSeriesBackend } from "../types"

export type CassandraOptions = {
  contactPoints: string[]
  localDataCenter: string
  keyspace: string
  replication: Record<string, string | number>
  migrationsDir: string
  ttlDays: number
  feedTtlDays: number
  /** How many days back `recent` looks for feed items. */
  feedLookbackDays: number
  /** Batches in flight at once while appending. */
  concurrency: number
  /** How long the driver waits for an answer (default 12 s). */
  readTimeoutMs?: number
}

/** Statements per unlogged batch; every batch stays within one partition. */
const BATCH_SIZE = 50

const day = (ts: Date) => ts.toISOString().slice(0, 10)

/** Server answers that mean "not now" (unavailable, overloaded, bootstrapping, timeouts), not "wrong request". */
const UNAVAILABLE_CODES = new Set([
  types.responseErrorCodes.unavailableException,
  types.responseErrorCodes.overloaded,
  types.responseErrorCodes.isBootstrapping,
  types.responseErrorCodes.readTimeout,
  types.responseErrorCodes.writeTimeout,
])

/** Partitions a series' day of raw points is spread over. */
const POINT_SHARDS = 4

/** The shard of a point: from its identity, so every attempt writes the same partition. */
export function pointShard(p: TimePoint): number {
  return digest(pointKey(p))[10] % POINT_SHARDS
}

/** How long an applied increment's id is remembered, so a retry within that time is not applied again. */
const APPLIED_TTL_S = 7 * 86_400

/** Attempts of one entity's compare-and-set before giving up (the buffer retries later). */
const CAS_ATTEMPTS = 20

/**
 * A point's row id: a TimeUuid of the point's own time, with ticks, node and clock sequence taken
 * from a hash of its identity, so every attempt to write the point writes the same row.
 */
export function pointUuid(p: TimePoint): types.TimeUuid {
  const h = digest(pointKey(p))
  return types.TimeUuid.fromDate(p.ts, h.readUInt16BE(0) % 10_000, h.subarray(2, 8), h.subarray(8, 10))
}

/** The time-series store on Cassandra: day-bounded partitions, prepared statements, per-partition batches. */
export class CassandraBackend implements TimeSeriesBackend {
  readonly name = "cassandra"
  private client: Client
  private readonly ks: string
  /** Series already indexed for an hour by this process, so the index is written once per hour. */
  private indexed = new Set<string>()

  constructor(private readonly opts: CassandraOptions) {
    if (!/^[a-z][a-z0-9_]{0,47}$/.test(opts.keyspace)) {
      throw new Error(`Invalid Cassandra keyspace name "${opts.keyspace}"`)
    }
    this.ks = opts.keyspace
    this.client = new Client({
      contactPoints: opts.contactPoints,
      localDataCenter: opts.localDataCenter,
      socketOptions: { connectTimeout: 5000, readTimeout: opts.readTimeoutMs ?? 12000 },
      // Back within seconds of a node's return, not the driver's default of up to ten minutes.
      policies: { reconnection: new policies.reconnection.ExponentialReconnectionPolicy(500, 10_000, false) },
      queryOptions: { prepare: true, consistency: types.consistencies.localQuorum },
    })
  }

  /** The driver client, for tools that measure against it (bench). */
  get driver() {
    return this.client
  }

  async init() {
    await this.client.connect()
    const replication = JSON.stringify(this.opts.replication).replace(/"/g, "'")
    await this.client.execute(`CREATE KEYSPACE IF NOT EXISTS ${this.ks} WITH replication = ${replication}`)
    await this.client.execute(`CREATE TABLE IF NOT EXISTS ${this.ks}.schema_migrations (id text PRIMARY KEY, checksum text, applied_at timestamp)`)
    const migrations = readMigrations(join(this.opts.migrationsDir, "cassandra"), "cql")
    await applyMigrations(migrations, {
      applied: async () => new Map((await this.client.execute(`SELECT id, checksum FROM ${this.ks}.schema_migrations`)).rows.map((r) => [r.id, r.checksum])),
      run: (statement) => this.client.execute(statement.replace(/\{\{keyspace\}\}/g, this.ks)),
      record: (m) =>
        this.client.execute(`INSERT INTO ${this.ks}.schema_migrations (id, checksum, applied_at) VALUES (?, ?, ?)`, [m.id, m.checksum, new Date()]),
    })
  }

  async append(points: TimePoint[]) {
    const ttl = this.opts.ttlDays * 86_400
    const insert = `INSERT INTO ${this.ks}.points_by_shard (entity, metric, day, shard, ts, id, value, dims) VALUES (?, ?, ?, ?, ?, ?, ?, ?) USING TTL ?`
    const batches: { query: string; params: unknown[] }[][] = []
    const sharded = points.map((p) => ({ p, shard: pointShard(p) }))
    for (const group of groupBy(sharded, ({ p, shard }) => `${p.entity}\u0000${p.metric}\u0000${day(p.ts)}\u0000${shard}`).values()) {
      for (let i = 0; i < group.length; i += BATCH_SIZE) {
        batches.push(
          group.slice(i, i + BATCH_SIZE).map(({ p, shard }) => ({
            query: insert,
            params: [p.entity, p.metric, types.LocalDate.fromString(day(p.ts)), shard, p.ts, pointUuid(p), p.value, p.dims ?? null, ttl],
          }))
        )
      }
    }
    await inParallel(batches, this.opts.concurrency, (batch) =>
      batch.length === 1 ? this.client.execute(batch[0].query, batch[0].params, { prepare: true }) : this.client.batch(batch, { prepare: true, logged: false })
    )
    await this.indexSeries(points)
  }

  private async indexSeries(points: TimePoint[]) {
    const fresh = new Map<string, [Date, string, string]>()
    for (const p of points) {
      const hour = bucketStart(p.ts, "hour")
      const key = `${hour.getTime()}\u0000${p.entity}\u0000${p.metric}`
      if (!this.indexed.has(key)) {
        fresh.set(key, [hour, p.entity, p.metric])
      }
    }
    const insert = `INSERT INTO ${this.ks}.series_by_hour (hour, entity, metric) VALUES (?, ?, ?)`
    await inParallel([...fresh.values()], this.opts.concurrency, (params) => this.client.execute(insert, params, { prepare: true }))
    if (this.indexed.size > 100_000) {
      this.indexed.clear()
    }
    for (const key of fresh.keys()) {
      this.indexed.add(key)
    }
  }

  /** Reads every shard of each day (and the pre-0004 table), in time order. */
  async points({ entity, metric, from, to }: RangeQuery): Promise<TimePoint[]> {
    const sharded = `SELECT ts, id, value, dims FROM ${this.ks}.points_by_shard WHERE entity = ? AND metric = ? AND day = ? AND shard = ? AND ts >= ? AND ts < ?`
    const legacy = `SELECT ts, id, value, dims FROM ${this.ks}.points_by_day WHERE entity = ? AND metric = ? AND day = ? AND ts >= ? AND ts < ?`
    const reads = daysBetween(from, to).flatMap((d) => {
      const date = types.LocalDate.fromString(d)
      return [
        ...Array.from({ length: POINT_SHARDS }, (_, shard) => ({ query: sharded, params: [entity, metric, date, shard, from, to] })),
        { query: legacy, params: [entity, metric, date, from, to] },
      ]
    })
    const rows: { ts: Date; id: string; point: TimePoint }[] = []
    await inParallel(reads, this.opts.concurrency, async ({ query, params }) => {
      const result = await this.client.execute(query, params, { prepare: true, fetchSize: 5000 })
      for await (const row of result) {
        rows.push({ ts: row.ts, id: row.id.toString(), point: { entity, metric, ts: row.ts, value: row.value, ...(row.dims ? { dims: row.dims } : {}) } })
      }
    })
    return rows.sort((a, b) => a.ts.getTime() - b.ts.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => r.point)
  }

  async series(query: SeriesQuery): Promise<SeriesPoint[]> {
    if (query.bucket === "minute") {
      return aggregate(await this.points(query), "minute")
    }
    const select = `SELECT ts, sum, count, max FROM ${this.ks}.rollups WHERE entity = ? AND metric = ? AND bucket = ? AND year = ? AND ts >= ? AND ts < ?`
    const from = bucketStart(query.from, query.bucket)
    const rows: SeriesPoint[] = []
    for (let year = from.getUTCFullYear(); year <= query.to.getUTCFullYear(); year++) {
      const result = await this.client.execute(select, [query.entity, query.metric, query.bucket, year, from, query.to], { prepare: true })
      rows.push(...result.rows.map((r) => ({ ts: r.ts, sum: r.sum, count: Number(r.count), max: r.max })))
    }
    return rows
  }

  async rollup(from: Date, to: Date): Promise<number> {
    const upsert = `INSERT INTO ${this.ks}.rollups (entity, metric, bucket, year, ts, sum, count, max) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    const touchedDays = new Map<string, { entity: string; metric: string; day: Date }>()
    let written = 0
    for (const hour of hoursBetween(from, new Date(bucketEnd(to, "hour").getTime() - 1))) {
      const series = await this.client.execute(`SELECT entity, metric FROM ${this.ks}.series_by_hour WHERE hour = ?`, [hour], { prepare: true })
      await inParallel(series.rows, this.opts.concurrency, async ({ entity, metric }) => {
        const [agg] = aggregate(await this.points({ entity, metric, from: hour, to: new Date(hour.getTime() + 3_600_000) }), "hour")
        if (agg) {
          await this.client.execute(upsert, [entity, metric, "hour", hour.getUTCFullYear(), hour, agg.sum, types.Long.fromNumber(agg.count), agg.max], {
            prepare: true,
          })
          written++
          const dayStart = bucketStart(hour, "day")
          touchedDays.set(`${entity}\u0000${metric}\u0000${dayStart.getTime()}`, { entity, metric, day: dayStart })
        }
      })
    }
    await inParallel([...touchedDays.values()], this.opts.concurrency, async ({ entity, metric, day: start }) => {
      const hours = await this.series({ entity, metric, bucket: "hour", from: start, to: new Date(start.getTime() + 86_400_000) })
      const sum = hours.reduce((s, h) => s + h.sum, 0)
      const count = hours.reduce((s, h) => s + h.count, 0)
      const max = Math.max(...hours.map((h) => h.max))
      await this.client.execute(upsert, [entity, metric, "day", start.getUTCFullYear(), start, sum, types.Long.fromNumber(count), max], { prepare: true })
      written++
    })
    return written
  }

  /**
   * Counters are plain bigints changed by compare-and-set, in one conditional batch per entity that
   * also writes each increment's id: either the increment and its id are stored together, or
   * neither. A batch sent again (after a timeout, or after failing part-way) skips the ids it finds.
   * Cassandra's counter type cannot do this: an increment re-sent after a timeout may apply twice.
   */
  async increment(deltas: CounterDelta[]) {
    const byEntity = groupBy(
      deltas.map((d) => ({ ...d, id: deltaId(d) })),
      (d) => d.entity
    )
    await inParallel([...byEntity.entries()], this.opts.concurrency, async ([entity, list]) => {
      for (let i = 0; i < list.length; i += BATCH_SIZE) {
        await this.incrementEntity(entity, list.slice(i, i + BATCH_SIZE))
      }
    })
  }

  private async incrementEntity(entity: string, deltas: (CounterDelta & { id: string })[]) {
    const serial = { prepare: true, consistency: types.consistencies.localSerial }
    const unique = [...new Map(deltas.map((d) => [`${d.name}\u0000${d.id}`, d])).values()]
    for (let attempt = 1; ; attempt++) {
      const seen = await this.client.execute(
        `SELECT name, id FROM ${this.ks}.counter_totals WHERE entity = ? AND (kind, name, id) IN (${unique.map(() => "(1, ?, ?)").join(", ")})`,
        [entity, ...unique.flatMap((d) => [d.name, d.id])],
        serial
      )
      const applied = new Set(seen.rows.map((r) => `${r.name}\u0000${r.id}`))
      const pending = unique.filter((d) => !applied.has(`${d.name}\u0000${d.id}`))
      if (!pending.length) {
        return
      }
      const sums = new Map<string, number>()
      for (const d of pending) {
        sums.set(d.name, (sums.get(d.name) ?? 0) + Math.round(d.by))
      }
      const current = await this.client.execute(
        `SELECT name, total FROM ${this.ks}.counter_totals WHERE entity = ? AND kind = 0 AND name IN ?`,
        [entity, [...sums.keys()]],
        serial
      )
      const totals = new Map(current.rows.map((r) => [r.name as string, r.total as types.Long | null]))
      const statements = [
        ...pending.map((d) => ({
          query: `INSERT INTO ${this.ks}.counter_totals (entity, kind, name, id) VALUES (?, 1, ?, ?) IF NOT EXISTS USING TTL ${APPLIED_TTL_S}`,
          params: [entity, d.name, d.id],
        })),
        ...[...sums].map(([name, by]) => {
          const total = totals.get(name)
          return total
            ? {
                query: `UPDATE ${this.ks}.counter_totals SET total = ? WHERE entity = ? AND kind = 0 AND name = ? AND id = '' IF total = ?`,
                params: [total.add(types.Long.fromNumber(by)), entity, name, total],
              }
            : {
                query: `INSERT INTO ${this.ks}.counter_totals (entity, kind, name, id, total) VALUES (?, 0, ?, '', ?) IF NOT EXISTS`,
                params: [entity, name, types.Long.fromNumber(by)],
              }
        }),
      ]
      const result = await this.client.batch(statements, { prepare: true, serialConsistency: types.consistencies.localSerial })
      if (result.wasApplied()) {
        return
      }
      if (attempt >= CAS_ATTEMPTS) {
        throw new Error(`Counters of ${entity} kept changing under ${attempt} attempts to increment them`)
      }
    }
  }

  async counters(entity: string) {
    const [totals, legacy] = await Promise.all([
      this.client.execute(`SELECT name, total FROM ${this.ks}.counter_totals WHERE entity = ? AND kind = 0`, [entity], { prepare: true }),
      // Counters written before 0002 stay readable; nothing increments them any more.
      this.client.execute(`SELECT name, value FROM ${this.ks}.counters WHERE entity = ?`, [entity], { prepare: true }),
    ])
    const all: Record<string, number> = {}
    for (const r of legacy.rows) {
      all[r.name] = Number(r.value)
    }
    for (const r of totals.rows) {
      all[r.name] = (all[r.name] ?? 0) + Number(r.total)
    }
    return all
  }

  async mark(name: string) {
    const result = await this.client.execute(`SELECT at FROM ${this.ks}.marks WHERE name = ?`, [name], { prepare: true })
    return result.rows[0]?.at ?? null
  }

  async setMark(name: string, at: Date) {
    await this.client.execute(`INSERT INTO ${this.ks}.marks (name, at) VALUES (?, ?)`, [name, at], { prepare: true })
  }

  async pushFeed(items: FeedItem[]) {
    const insert = `INSERT INTO ${this.ks}.feed_by_hour (feed, hour, ts, id, data) VALUES (?, ?, ?, ?, ?) USING TTL ?`
    const index = `INSERT INTO ${this.ks}.feed_hours (feed, day, hour) VALUES (?, ?, ?) USING TTL ?`
    const ttl = this.opts.feedTtlDays * 86_400
    const hours = new Map(items.map((i) => [`${i.feed}\u0000${bucketStart(i.ts, "hour").getTime()}`, i]))
    await inParallel([...hours.values()], this.opts.concurrency, (i) =>
      this.client.execute(index, [i.feed, types.LocalDate.fromString(day(i.ts)), bucketStart(i.ts, "hour"), ttl], { prepare: true })
    )
    await inParallel(items, this.opts.concurrency, (i) =>
      this.client.execute(insert, [i.feed, bucketStart(i.ts, "hour"), i.ts, i.id, JSON.stringify(i.data), ttl], { prepare: true })
    )
  }

  /** Walks back day by day, visiting only the hours the feed has items in (plus the pre-0004 day table). */
  async recent(feed: string, limit: number): Promise<FeedItem[]> {
    const hourly = `SELECT ts, id, data FROM ${this.ks}.feed_by_hour WHERE feed = ? AND hour = ? LIMIT ?`
    const legacy = `SELECT ts, id, data FROM ${this.ks}.feed_by_day WHERE feed = ? AND day = ? LIMIT ?`
    const toItem = (r: types.Row): FeedItem => ({ feed, id: r.id, ts: r.ts, data: JSON.parse(r.data) })
    const items: FeedItem[] = []
    const today = Date.now()
    for (let back = 0; back < this.opts.feedLookbackDays && items.length < limit; back++) {
      const d = types.LocalDate.fromString(day(new Date(today - back * 86_400_000)))
      const want = limit - items.length
      const ofDay: FeedItem[] = []
      const hours = await this.client.execute(`SELECT hour FROM ${this.ks}.feed_hours WHERE feed = ? AND day = ?`, [feed, d], { prepare: true })
      for (const { hour } of hours.rows) {
        if (ofDay.length >= want) {
          break
        }
        ofDay.push(...(await this.client.execute(hourly, [feed, hour, want - ofDay.length], { prepare: true })).rows.map(toItem))
      }
      ofDay.push(...(await this.client.execute(legacy, [feed, d, want], { prepare: true })).rows.map(toItem))
      items.push(...ofDay.sort((a, b) => b.ts.getTime() - a.ts.getTime() || (a.id < b.id ? -1 : 1)).slice(0, want))
    }
    return items
  }

  async close() {
    await this.client.shutdown()
  }

  unavailable(error: unknown) {
    return (
      error instanceof errors.NoHostAvailableError ||
      error instanceof errors.OperationTimedOutError ||
      error instanceof errors.BusyConnectionError ||
      (error instanceof errors.ResponseError && UNAVAILABLE_CODES.has(error.code))
    )
  }
}
