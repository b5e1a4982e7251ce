import { spawn, execFileSync } from "node:child_process"
import pg from "pg"
import { join, relative } from "node:path"
import { dataDir, ROOT, loadDotEnv, ensureLocalSecrets } from "./lib/env.mjs"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { checkPorts, loadSettings, neededPorts } from "./lib/settings.mjs"
import { createProgress } from "./lib/progress.mjs"
import { buildApp, buildPackages, linkServerModules, MEDUSA } from "./lib/build.mjs"
import { changeKind, packageOf, watchChanges } from "./lib/dev-watch.mjs"

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
  } else if (dev) {
    await progress.step("Build", () => buildPackages({ log, stdio: progress.stdio }))
  } else {
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

// In dev, the app's TypeScript runs as it is, and the admin is served by Vite (NODE_ENV=development).
const serverEnv = { ...process.env, PORT: String(port), ...(dev ? { NODE_ENV: "development" } : {}) }
const base = `http://localhost:${port}`
// Servers the dev watcher stopped to start a new one: their exit is no stop.
const replaced = new WeakSet()
let server = startServer()

function startServer() {
  const child = spawn(process.execPath, [MEDUSA, "start"], { cwd, stdio: progress.stdio, env: serverEnv })
  child.on("exit", (code) => replaced.has(child) || serverExited(code))
  return child
}

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
async function healthy(child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server stopped (${child.signalCode ?? `code ${child.exitCode}`})`)
    }
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false
      )
    ) {
      return
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The server did not answer ${base}/health in 5 minutes`)
}

/** Waits for the server to answer and says so. */
async function ready(child) {
  // Named for the wait: outside a terminal a step's title is printed before it runs.
  await progress.step(`Waiting for the server at ${base}`, () => healthy(child))
  progress.log(`Server ready at ${base}`)
}

async function announceWhenHealthy() {
  await ready(server)
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
let watcher
async function stop(signal) {
  if (stopping) {
    return
  }
  stopping = true
  if (server.exitCode === null && server.signalCode === null) {
    server.kill(signal)
  } else {
    await shutdown(0)
  }
}
process.on("SIGINT", () => stop("SIGINT"))
process.on("SIGTERM", () => stop("SIGTERM"))
const announced = announceWhenHealthy().catch(
  (e) => server.exitCode === null && server.signalCode === null && log(`Could not read startup details: ${e.message}`)
)

async function serverExited(code) {
  if (dev && !stopping) {
    log(`The server stopped (code ${code}); it starts again on your next change`)
    return
  }
  // Stopping on our signal is a clean exit, whatever code the server reports for it.
  await shutdown(stopping ? 0 : (code ?? 1))
}

async function shutdown(code) {
  // Let the progress say that the server stopped, with its last output, before leaving.
  await announced
  await watcher?.close()
  progress.close()
  await database.stop()
  process.exit(code)
}

if (dev) {
  const { watch } = await import("chokidar")
  watcher = watchChanges({ watch, onChanges: rebuildAndRestart })
}

/** Dev: rebuilds the packages whose sources changed (Medusa loads their builds), then restarts the server once. */
async function rebuildAndRestart(paths) {
  const changed = [...new Set(paths.filter((p) => changeKind(p) === "build").map((p) => packageOf(p)))]
  log(`Changed: ${paths.map((p) => relative(ROOT, p)).join(", ")}`)
  try {
    buildPackages({ changed, log, stdio: progress.stdio })
  } catch (error) {
    log(`Build failed; the server keeps running the last build (${error.message.split("\n")[0]})`)
    return
  }
  const old = server
  if (old.exitCode === null && old.signalCode === null) {
    const exited = new Promise((resolve) => old.once("exit", resolve))
    replaced.add(old)
    old.kill("SIGTERM")
    await exited
  }
  if (stopping) {
    // A stop that came during the build found the old server, which no longer stops the script.
    await shutdown(0)
    return
  }
  log("Restarting the server")
  server = startServer()
  await ready(server).catch((e) => log(e.message))
}
