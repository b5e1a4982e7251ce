import { spawn, execFileSync } from "node:child_process"
import pg from "pg"
import { ROOT, loadDotEnv, ensureLocalSecrets } from "./lib/env.mjs"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { checkPorts, loadSettings, neededPorts } from "./lib/settings.mjs"
import { buildApp, buildPackages, linkServerModules, MEDUSA } from "./lib/build.mjs"

const log = (message) => console.log(`[broadcart] ${message}`)
const args = new Set(process.argv.slice(2))
const dev = args.has("--dev")
const setupOnly = args.has("--setup-only")

loadDotEnv()
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.NODE_ENV ??= dev ? "development" : "production"
ensureLocalSecrets()
let settings
try {
  settings = loadSettings()
} catch (error) {
  if (!error.message.startsWith("Invalid environment:")) {
    throw error
  }
  console.error(error.message)
  process.exit(1)
}
const role = settings.MEDUSA_WORKER_MODE
const runSetup = setupOnly || settings.BROADCART_SETUP
const port = settings.PORT

const portProblem = setupOnly ? null : await checkPorts(neededPorts(settings))
if (portProblem) {
  log(portProblem)
  process.exit(1)
}

let database = { stop: async () => undefined }
if (!process.env.DATABASE_URL) {
  try {
    database = await startEmbeddedPostgres(log)
  } catch (error) {
    log(`Could not start the embedded PostgreSQL: ${error.message}`)
    process.exit(1)
  }
  process.env.DATABASE_URL = database.url
}

function medusa(command, cwd) {
  execFileSync(process.execPath, [MEDUSA, ...command], { cwd, stdio: "inherit", env: process.env })
}

let cwd = ROOT
try {
  if (runSetup) {
    const packagesBuiltAt = buildPackages({ log })
    if (!dev) {
      cwd = buildApp({ packagesBuiltAt, log })
    }
    log("Running migrations")
    medusa(["db:migrate"], cwd)
    if (role !== "worker") {
      medusa(["exec", dev ? "./src/scripts/seed.ts" : "./src/scripts/seed.js"], cwd)
    }
  } else if (!dev) {
    cwd = `${ROOT}/.medusa/server`
    linkServerModules()
  }
} catch (error) {
  log(`Setup failed: ${error.message}`)
  await database.stop()
  process.exit(1)
}

if (setupOnly) {
  await database.stop()
  log("Setup complete")
  process.exit(0)
}

const server = spawn(process.execPath, [MEDUSA, dev ? "develop" : "start"], {
  cwd,
  stdio: "inherit",
  env: { ...process.env, PORT: String(port) },
})

async function publishableKey() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL
       ORDER BY (title = 'Broadcart Storefront') DESC, created_at ASC LIMIT 1`
    )
    return rows[0]?.token
  } finally {
    await client.end()
  }
}

async function announceWhenHealthy() {
  const base = `http://localhost:${port}`
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) {
      return
    }
    const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false)
    if (ok) {
      const lines = [`Broadcart is running (${role} mode)`, `  Health:          ${base}/health`]
      if (role !== "worker") {
        lines.push(
          `  Store API:       ${base}/store`,
          `  Publishable key: ${await publishableKey()}`,
          `  Admin:           ${base}/app`,
          `  Admin login:     ${process.env.ADMIN_EMAIL} / ${process.env.ADMIN_PASSWORD}`,
          `  Try:             curl -H "x-publishable-api-key: <key>" ${base}/store/products`
        )
      }
      console.log(`\n${lines.join("\n")}\n`)
      return
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

let stopping = false
async function stop(signal) {
  if (stopping) {
    return
  }
  stopping = true
  server.kill(signal)
}
process.on("SIGINT", () => stop("SIGINT"))
process.on("SIGTERM", () => stop("SIGTERM"))
server.on("exit", async (code) => {
  await database.stop()
  // Stopping on our signal is a clean exit, whatever code the server reports for it.
  process.exit(stopping ? 0 : code ?? 1)
})
announceWhenHealthy().catch((e) => log(`Could not read startup details: ${e.message}`))
