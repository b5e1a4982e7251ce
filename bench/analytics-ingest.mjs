// Ingest benchmark: events/s written through our time-series store (Cassandra backend) against the
// same events written with the raw cassandra-driver in the same run, and the ratio.
// Needs a Cassandra node (bash scripts/cassandra/node.sh start) and built packages (npm run build:packages).
//   node bench/analytics-ingest.mjs [events=200000] [series=600]
import { createRequire } from "node:module"
import { join } from "node:path"

const require = createRequire(import.meta.url)
const ROOT = join(import.meta.dirname, "..")
const { Client, types, concurrent } = require("cassandra-driver")
const { CassandraBackend } = require(join(ROOT, "modules/time-series/.medusa/server/src/modules/time-series/backends/cassandra.js"))

const EVENTS = Number(process.argv[2] ?? 200_000)
const SERIES = Number(process.argv[3] ?? 600)
const CHUNK = 5_000
const contactPoints = (process.env.CASSANDRA_CONTACT_POINTS ?? "127.0.0.1:9042").split(",")
const keyspace = "broadcart_bench"

/** The same events for both writers: SERIES series (entity x metric) over the last hour. */
function makeEvents(n) {
  const now = Date.now()
  return Array.from({ length: n }, (_, i) => ({
    entity: `vendor:v${i % (SERIES / 3)}`,
    metric: ["gmv.usd", "orders.usd", "views"][Math.floor(i / (SERIES / 3)) % 3],
    ts: new Date(now - 3_600_000 + Math.floor((i / n) * 3_600_000)),
    value: (i % 97) + 0.5,
  }))
}

async function timed(label, fn) {
  const start = process.hrtime.bigint()
  await fn()
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return { label, seconds, rate: EVENTS / seconds }
}

const store = new CassandraBackend({
  contactPoints,
  localDataCenter: "datacenter1",
  keyspace,
  replication: { class: "SimpleStrategy", replication_factor: 1 },
  migrationsDir: join(ROOT, "modules/time-series/migrations"),
  ttlDays: 400,
  feedTtlDays: 30,
  feedLookbackDays: 7,
  concurrency: 64,
})
await store.init()
const raw = new Client({ contactPoints, localDataCenter: "datacenter1", keyspace })
await raw.connect()
const insert = `INSERT INTO ${keyspace}.points_by_shard (entity, metric, day, shard, ts, id, value, dims) VALUES (?, ?, ?, ?, ?, ?, ?, ?) USING TTL ?`
const day = (ts) => types.LocalDate.fromString(ts.toISOString().slice(0, 10))

/** The raw driver as one would use it: prepared single-row inserts, 64 in flight. */
const rawWrite = (events) =>
  concurrent.executeConcurrent(
    raw,
    insert,
    events.map((e) => [e.entity, e.metric, day(e.ts), 0, e.ts, types.TimeUuid.fromDate(e.ts), e.value, null, 400 * 86_400]),
    { concurrencyLevel: 64, raiseOnFirstError: true }
  )

/** Our store as the buffer drives it: append in chunks. */
const storeWrite = async (events) => {
  for (let i = 0; i < events.length; i += CHUNK) {
    await store.append(events.slice(i, i + CHUNK))
  }
}

console.log(`Writing ${EVENTS} events over ${SERIES} series to ${contactPoints.join(",")} (2 rounds each, alternating)`)
await rawWrite(makeEvents(10_000))
await storeWrite(makeEvents(10_000))
const results = { raw: [], store: [] }
for (let round = 0; round < 2; round++) {
  results.raw.push(await timed("raw driver", () => rawWrite(makeEvents(EVENTS))))
  results.store.push(await timed("our store", () => storeWrite(makeEvents(EVENTS))))
}
const best = (rows) => Math.max(...rows.map((r) => r.rate))
for (const [name, rows] of Object.entries(results)) {
  console.log(`${name.padEnd(6)} ${rows.map((r) => `${Math.round(r.rate)} ev/s (${r.seconds.toFixed(2)} s)`).join(", ")}`)
}
console.log(
  `best: raw driver ${Math.round(best(results.raw))} ev/s, our store ${Math.round(best(results.store))} ev/s, ratio ${(best(results.store) / best(results.raw)).toFixed(2)}`
)
await raw.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`)
await raw.shutdown()
await store.close()
