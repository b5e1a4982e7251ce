import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { ROOT } from "./lib/env.mjs"
import { buildPackages, buildTestUtils } from "./lib/build.mjs"

/** Test database: DATABASE_URL or DB_* when set, the local server at localhost:5432 otherwise. */
function databaseEnv() {
  const env = {}
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    // The test runner asks for SSL for any host but "localhost".
    env.DB_HOST = ["127.0.0.1", "::1", "[::1]"].includes(url.hostname) ? "localhost" : url.hostname
    env.DB_PORT = url.port || "5432"
    env.DB_USERNAME = decodeURIComponent(url.username || "postgres")
    env.DB_PASSWORD = decodeURIComponent(url.password || "")
  }
  return {
    DB_HOST: "localhost",
    DB_PORT: "5432",
    DB_USERNAME: "postgres",
    DB_PASSWORD: "",
    ...Object.fromEntries(["DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD"].filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]])),
    ...env,
  }
}

const log = (m) => console.log(`[test] ${m}`)
buildPackages({ log })
buildTestUtils({ log })

const env = {
  ...process.env,
  ...databaseEnv(),
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  // Test apps come and go in one process: no RTMP ingest unless a suite asks, socket.io on any free port.
  LIVE_INGEST: process.env.LIVE_INGEST ?? "off",
  REALTIME_PORT: process.env.REALTIME_PORT ?? "0",
  // Suites give each client its own IP with X-Forwarded-For (`fromIp` of @broadcart/test-utils), as a proxy would.
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "loopback",
  NODE_ENV: "test",
  MEDUSA_DISABLE_TELEMETRY: "true",
}
delete env.DATABASE_URL
// Suites choose a database index of their own on this Redis (`testRedisUrl` of @broadcart/test-utils):
// an app claims its Redis database, so test apps must not all land on REDIS_URL's.
if (env.REDIS_URL) {
  env.TEST_REDIS_URL = env.REDIS_URL
  delete env.REDIS_URL
}

const jest = join(ROOT, "node_modules/jest/bin/jest.js")
// Two suites at a time (TEST_WORKERS): most of a suite's time is spent waiting on servers, streams and timers.
// Each worker has its own test databases; suites that cannot overlap take a lock (`exclusive` of @broadcart/test-utils).
const workers = process.env.TEST_WORKERS ?? "2"
const result = spawnSync(process.execPath, ["--experimental-vm-modules", jest, `--maxWorkers=${workers}`, "--forceExit", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env,
})
process.exit(result.status ?? 1)
