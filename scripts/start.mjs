import { spawn, execFileSync } from "node:child_process"
import pg from "pg"
import { join } from "node:path"
import { dataDir, ROOT, loadDotEnv, ensureLocalSecrets } from "./lib/env.mjs"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { checkPorts, loadSettings, neededPorts } from "./lib/settings.mjs"
import { createProgress } from "./lib/progress.mjs"
import { buildApp, buildPackages, linkServerModules, MEDUSA } from "./lib/build.mjs"

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
// BROADCART_FORCE_TTY=true shows the terminal's output anywhere (tests).
const terminal = process.stdout.isTTY || settings.BROADCART_FORCE_TTY
const progress = createProgress({ pretty: terminal && settings.LOG_FORMAT !== "json", logPath: join(dataDir(), "logs/medusa.log") })
const log = progress.log
if (progress.pretty) {
  console.log(`Starting Broadcart; Medusa's output goes to ${progress.logPath}`)
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
    database = await progress.step("Database (embedded PostgreSQL)", () => startEmbeddedPostgres(log))
  } catch (error) {
    log(`Could not start the embedded PostgreSQL: ${error.message}`)
    process.exit(1)
  }
  process.env.DATABASE_URL = database.url
}

function medusa(command, cwd) {
  execFileSync(process.execPath, [MEDUSA, ...command], { cwd, stdio: progress.stdio, env: process.env })
}

let cwd = ROOT
try {
  if (runSetup) {
    const { stdio } = progress
    await progress.step("Build", () => {
      const packagesBuiltAt = buildPackages({ log, stdio })
      if (!dev) {
        cwd = buildApp({ packagesBuiltAt, log, stdio })
      }
    })
    await progress.step("Running migrations", () => medusa(["db:migrate"], cwd))
    if (role !== "worker") {
      await progress.step("Seed", () => medusa(["exec", dev ? "./src/scripts/seed.ts" : "./src/scripts/seed.js"], cwd))
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
  stdio: progress.stdio,
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

/** Resolves once /health answers; rejects when the server exits first. */
async function healthy(base) {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`The server stopped (${server.signalCode ?? `code ${server.exitCode}`})`)
    }
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) {
      return
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The server did not answer ${base}/health in 5 minutes`)
}

async function announceWhenHealthy() {
  const base = `http://localhost:${port}`
  // Named for the wait: outside a terminal a step's title is printed before it runs.
  await progress.step(`Waiting for the server at ${base}`, () => healthy(base))
  progress.log(`Server ready at ${base}`)
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
  if (progress.pretty) {
    lines.push(`  Logs:            ${progress.logPath}`)
  }
  console.log(`\n${lines.join("\n")}\n`)
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
const announced = announceWhenHealthy().catch((e) => server.exitCode === null && server.signalCode === null && log(`Could not read startup details: ${e.message}`))
server.on("exit", async (code) => {
  // Let the progress say that the server stopped, with its last output, before leaving.
  await announced
  progress.close()
  await database.stop()
  // Stopping on our signal is a clean exit, whatever code the server reports for it.
  process.exit(stopping ? 0 : code ?? 1)
})
