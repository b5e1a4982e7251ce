import knex, { type Knex } from "knex"
import TimeSeriesModuleService from "../service"
import { MIGRATIONS_DIR } from "../migrations-dir"

const DB = `broadcart_ts_rollup_${process.pid}`
const server = () =>
  `postgres://${process.env.DB_USERNAME ?? "postgres"}:${process.env.DB_PASSWORD ?? ""}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}`
const logger = { warn: () => undefined, info: () => undefined, error: () => undefined }

let admin: Knex
let db: Knex
let service: TimeSeriesModuleService

beforeAll(async () => {
  admin = knex({ client: "pg", connection: `${server()}/postgres` })
  await admin.raw(`DROP DATABASE IF EXISTS ${DB}`)
  await admin.raw(`CREATE DATABASE ${DB}`)
  db = knex({ client: "pg", connection: `${server()}/${DB}`, pool: { min: 0, max: 4 } })
  service = new TimeSeriesModuleService({ logger, __pg_connection__: db }, { migrationsDir: MIGRATIONS_DIR })
  await service.ensureReady()
})

afterAll(async () => {
  await db?.destroy()
  await admin?.raw(`DROP DATABASE IF EXISTS ${DB}`)
  await admin?.destroy()
})

const hours = (n: number) => n * 3_600_000

it("rolls up points older than six hours that no run has covered yet, from where the last run stopped", async () => {
  const now = new Date("2026-03-10T20:00:00Z")
  // The last run finished 12 h ago; the store was down since, and its points arrived late.
  await service.rollupPending(new Date(now.getTime() - hours(12)))
  await service.append([
    { id: "late-1", entity: "platform", metric: "gmv", ts: new Date(now.getTime() - hours(10)), value: 40 },
    { id: "late-2", entity: "platform", metric: "gmv", ts: new Date(now.getTime() - hours(1)), value: 2 },
  ])
  await service.rollupPending(now)
  const range = { entity: "platform", metric: "gmv", from: new Date(now.getTime() - hours(24)), to: now }
  expect((await service.series({ ...range, bucket: "hour" })).map((h) => [h.ts.toISOString(), h.sum])).toEqual([
    ["2026-03-10T10:00:00.000Z", 40],
    ["2026-03-10T19:00:00.000Z", 2],
  ])
  expect((await service.backend.mark("rollup"))?.toISOString()).toBe(now.toISOString())
})
