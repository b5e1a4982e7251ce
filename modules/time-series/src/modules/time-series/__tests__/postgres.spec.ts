import knex, { type Knex } from "knex"
import { PostgresBackend } from "../backends/postgres"
import { timeSeriesContract } from "./contract"
import { MIGRATIONS_DIR } from "../migrations-dir"

const DB = `broadcart_ts_contract_${process.pid}`
const server = () =>
  `postgres://${process.env.DB_USERNAME ?? "postgres"}:${process.env.DB_PASSWORD ?? ""}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}`

let admin: Knex
let db: Knex
let backend: PostgresBackend

beforeAll(async () => {
  admin = knex({ client: "pg", connection: `${server()}/postgres` })
  await admin.raw(`DROP DATABASE IF EXISTS ${DB}`)
  await admin.raw(`CREATE DATABASE ${DB}`)
  db = knex({ client: "pg", connection: `${server()}/${DB}`, pool: { min: 0, max: 4 } })
  backend = new PostgresBackend(db, { migrationsDir: MIGRATIONS_DIR, ttlDays: 400 })
  await backend.init()
})

beforeEach(async () => {
  await db.raw("TRUNCATE ts_point, ts_rollup, ts_counter, ts_counter_applied, ts_mark, ts_feed_item")
})

afterAll(async () => {
  await db?.destroy()
  await admin?.raw(`DROP DATABASE IF EXISTS ${DB}`)
  await admin?.destroy()
})

timeSeriesContract("postgres", () => backend)

it("records each applied migration once", async () => {
  const { rows } = await db.raw("SELECT id FROM ts_schema_migration ORDER BY id")
  expect(rows.map((r: any) => r.id)).toEqual(["0001_init.sql", "0002_idempotent_writes.sql", "0003_marks.sql"])
})
