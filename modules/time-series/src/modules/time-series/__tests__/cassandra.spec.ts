import { readFileSync } from "node:fs"
import { Client } from "cassandra-driver"
import { CassandraBackend } from "../backends/cassandra"
import { WriteBuffer } from "../buffer"
import type { CounterDelta, TimePoint } from "../types"
import { timeSeriesContract } from "./contract"
import { exclusive } from "@broadcart/test-utils"
import { MIGRATIONS_DIR } from "../migrations-dir"

/** A real node (scripts/cassandra/node.sh start); required in CI, skipped with a notice elsewhere. */
const contactPoints = (process.env.CASSANDRA_CONTACT_POINTS ?? "127.0.0.1:9042").split(",")
const keyspace = `broadcart_contract_${process.pid}`
const options = {
  contactPoints,
  localDataCenter: process.env.CASSANDRA_DC ?? "datacenter1",
  keyspace,
  replication: { class: "SimpleStrategy", replication_factor: 1 },
  migrationsDir: MIGRATIONS_DIR,
  ttlDays: 400,
  feedTtlDays: 30,
  feedLookbackDays: 7,
  concurrency: 32,
}

// The outage suite stops this node: never at the same time.
exclusive("cassandra")

let backend: CassandraBackend
let available = false

beforeAll(async () => {
  const probe = new Client({ contactPoints, localDataCenter: options.localDataCenter, socketOptions: { connectTimeout: 3000 } })
  try {
    await probe.connect()
    available = true
  } catch (e) {
    if (process.env.CI) {
      throw new Error(`Cassandra is required in CI at ${contactPoints.join(",")}: ${(e as Error).message}`)
    }
    console.warn(`Cassandra not reachable at ${contactPoints.join(",")}; skipping the Cassandra contract (run scripts/cassandra/node.sh start)`)
  } finally {
    await probe.shutdown()
  }
  if (available) {
    backend = new CassandraBackend(options)
    await backend.init()
  }
}, 120_000)

beforeEach(async () => {
  if (!available) {
    return
  }
  for (const table of [
    "points_by_day",
    "points_by_shard",
    "feed_by_hour",
    "feed_hours",
    "series_by_hour",
    "rollups",
    "counters",
    "counter_totals",
    "marks",
    "feed_by_day",
  ]) {
    await backend.driver.execute(`TRUNCATE ${keyspace}.${table}`)
  }
}, 60_000)

afterAll(async () => {
  if (available) {
    await backend.driver.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`)
    await backend.close()
  }
}, 60_000)

const maybe = process.env.CI || process.env.CASSANDRA_CONTACT_POINTS ? describe : describe.skip
maybe("on a real Cassandra node", () => {
  timeSeriesContract("cassandra", () => backend)

  it("records each applied migration once and keeps partitions bounded by day", async () => {
    const applied = await backend.driver.execute(`SELECT id FROM ${keyspace}.schema_migrations`)
    expect(applied.rows.map((r) => r.id).sort()).toEqual([
      "0001_time_series.cql",
      "0002_idempotent_counters.cql",
      "0003_marks.cql",
      "0004_bounded_partitions.cql",
    ])
    const table = await backend.driver.execute(
      "SELECT compaction, default_time_to_live FROM system_schema.tables WHERE keyspace_name = ? AND table_name = 'points_by_shard'",
      [keyspace]
    )
    expect(table.rows[0].compaction.class).toMatch(/TimeWindowCompactionStrategy/)
    const key = await backend.driver.execute(
      "SELECT column_name FROM system_schema.columns WHERE keyspace_name = ? AND table_name = 'points_by_shard' AND kind = 'partition_key' ALLOW FILTERING",
      [keyspace]
    )
    expect(key.rows.map((r) => r.column_name).sort()).toEqual(["day", "entity", "metric", "shard"])
  })

  it("spreads a hot series' day over shards and a busy feed over hourly partitions, reading across them", async () => {
    const start = Date.parse("2026-03-11T00:00:00Z")
    await backend.append(
      Array.from({ length: 200 }, (_, i) => ({ id: `o${i}`, entity: "platform", metric: "gmv", ts: new Date(start + i * 60_000), value: 1 }))
    )
    const shards = await backend.driver.execute(`SELECT DISTINCT entity, metric, day, shard FROM ${keyspace}.points_by_shard`)
    expect(shards.rows.map((r) => r.shard).sort()).toEqual([0, 1, 2, 3])
    expect(await backend.points({ entity: "platform", metric: "gmv", from: new Date(start), to: new Date(start + 86_400_000) })).toHaveLength(200)

    const now = Date.now()
    await backend.pushFeed(
      Array.from({ length: 30 }, (_, i) => ({ feed: "chat:busy", id: `m${i}`, ts: new Date(now - (29 - i) * 6 * 60_000), data: { n: i } }))
    )
    const hours = await backend.driver.execute(`SELECT DISTINCT feed, hour FROM ${keyspace}.feed_by_hour`)
    expect(hours.rows.length).toBeGreaterThanOrEqual(3)
    expect((await backend.recent("chat:busy", 25)).map((i) => i.id)).toEqual(Array.from({ length: 25 }, (_, k) => `m${29 - k}`))
  })

  it("writes every point and increment once when the node stalls past the driver's timeout, then resumes", async () => {
    const pid = Number(readFileSync(`${process.env.CASSANDRA_DATA_DIR ?? "/tmp/broadcart-cassandra-data"}/cassandra.pid`, "utf8").trim())
    // A short driver timeout, so attempts sent into the stall time out and are sent again.
    const stalled = new CassandraBackend({ ...options, readTimeoutMs: 800 })
    await stalled.init()
    const buffer = { capacity: 100_000, batchSize: 20, flushMs: 20, maxBackoffMs: 400 }
    const points = new WriteBuffer<TimePoint>((b) => stalled.append(b), buffer)
    const deltas = new WriteBuffer<CounterDelta>((b) => stalled.increment(b), buffer)
    const start = Date.parse("2026-03-08T10:00:00Z")
    let sent = 0
    const produce = setInterval(() => {
      for (let k = 0; k < 4; k++, sent++) {
        points.push([{ id: `order_${sent}:gmv`, entity: "platform", metric: "gmv", ts: new Date(start + sent * 1000), value: 2.5 }])
        deltas.push([{ id: `msg_${sent}`, entity: "stream:stall", name: "chat_messages", by: 1 }])
      }
    }, 50)
    try {
      await sleep(1000)
      process.kill(pid, "SIGSTOP")
      try {
        await sleep(4000)
      } finally {
        process.kill(pid, "SIGCONT")
      }
      await sleep(1000)
    } finally {
      clearInterval(produce)
    }
    const until = Date.now() + 60_000
    while (points.stats.queued + deltas.stats.queued > 0 && Date.now() < until) {
      await Promise.all([points.flush(), deltas.flush()])
      await sleep(200)
    }
    points.stop()
    deltas.stop()
    await stalled.close()
    expect(points.stats.failures + deltas.stats.failures).toBeGreaterThan(0)
    const written = await backend.points({ entity: "platform", metric: "gmv", from: new Date(start), to: new Date(start + 86_400_000) })
    expect(written).toHaveLength(sent)
    expect(written.reduce((s, p) => s + p.value, 0)).toBe(2.5 * sent)
    expect(await backend.counters("stream:stall")).toEqual({ chat_messages: sent })
  }, 120_000)
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
