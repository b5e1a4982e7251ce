import { Client } from "cassandra-driver"
import { CassandraBackend } from "../backends/cassandra"
import { timeSeriesContract } from "./contract"
import { exclusive } from "../../../../../../integration-tests/helpers/exclusive"

/** A real node (scripts/cassandra/node.sh start); required in CI, skipped with a notice elsewhere. */
const contactPoints = (process.env.CASSANDRA_CONTACT_POINTS ?? "127.0.0.1:9042").split(",")
const keyspace = `broadcart_contract_${process.pid}`
const options = {
  contactPoints,
  localDataCenter: process.env.CASSANDRA_DC ?? "datacenter1",
  keyspace,
  replication: { class: "SimpleStrategy", replication_factor: 1 },
  migrationsDir: `${process.cwd()}/migrations`,
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
  for (const table of ["points_by_day", "series_by_hour", "rollups", "counters", "feed_by_day"]) {
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
    expect(applied.rows.map((r) => r.id)).toEqual(["0001_time_series.cql"])
    const table = await backend.driver.execute(
      "SELECT compaction, default_time_to_live FROM system_schema.tables WHERE keyspace_name = ? AND table_name = 'points_by_day'",
      [keyspace]
    )
    expect(table.rows[0].compaction.class).toMatch(/TimeWindowCompactionStrategy/)
    const key = await backend.driver.execute(
      "SELECT column_name FROM system_schema.columns WHERE keyspace_name = ? AND table_name = 'points_by_day' AND kind = 'partition_key' ALLOW FILTERING",
      [keyspace]
    )
    expect(key.rows.map((r) => r.column_name).sort()).toEqual(["day", "entity", "metric"])
  })
})
