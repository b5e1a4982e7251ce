import { createHash } from "node:crypto"
import { Client } from "pg"

/**
 * Runs the calling suite alone among suites holding the same `name`, across jest workers: a
 * PostgreSQL advisory lock held from `beforeAll` to `afterAll`. For suites that share something
 * they cannot share concurrently, such as the one Cassandra node an outage test stops.
 */
export function exclusive(name: string) {
  const key = createHash("sha256").update(`broadcart-test:${name}`).digest().readInt32BE(0)
  let client: Client | undefined
  beforeAll(async () => {
    client = new Client({
      host: process.env.DB_HOST ?? "localhost",
      port: Number(process.env.DB_PORT ?? 5432),
      user: process.env.DB_USERNAME ?? "postgres",
      password: process.env.DB_PASSWORD || undefined,
      database: "postgres",
    })
    await client.connect()
    await client.query("SELECT pg_advisory_lock($1)", [key])
  }, 15 * 60_000)
  afterAll(async () => {
    await client?.end()
  })
}
