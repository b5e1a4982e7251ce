import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs"
import net from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"

/**
 * As root, PostgreSQL runs as the postgres user. A checkout in a private folder (a mode 700 home,
 * a `mktemp -d`) is out of that user's reach: the binaries and the data must not be.
 */
const asRoot = process.getuid?.() === 0 ? describe : describe.skip

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

asRoot("startEmbeddedPostgres as root", () => {
  let privateDir
  let pgHome
  let port
  let startEmbeddedPostgres
  const logged = []

  beforeAll(async () => {
    privateDir = mkdtempSync(join(tmpdir(), "broadcart-private-"))
    pgHome = mkdtempSync(join(tmpdir(), "broadcart-pg-home-"))
    chmodSync(pgHome, 0o755)
    port = await freePort()
    Object.assign(process.env, {
      BROADCART_DATA_DIR: join(privateDir, "shop/.data"),
      BROADCART_PG_HOME: pgHome,
      EMBEDDED_PG_PORT: String(port),
    })
    ;({ startEmbeddedPostgres } = await import("../embedded-postgres.mjs"))
  })

  afterAll(() => {
    rmSync(privateDir, { recursive: true, force: true })
    rmSync(pgHome, { recursive: true, force: true })
  })

  it("starts from a checkout whose parent folder is private (mode 700) and accepts a connection", async () => {
    expect(statSync(privateDir).mode & 0o777).toBe(0o700)
    const database = await startEmbeddedPostgres((m) => logged.push(m))
    try {
      const client = new pg.Client({ connectionString: database.url })
      await client.connect()
      const { rows } = await client.query("SELECT current_database() AS name")
      await client.end()
      expect(rows[0].name).toBe("broadcart")
      expect(database.databaseDir.startsWith(pgHome)).toBe(true)
      expect(logged.join("\n")).toContain(`the database lives in ${database.databaseDir}`)
    } finally {
      await database.stop()
    }
  })

  it("stops with what to do when a cluster already in the private folder cannot be reached", async () => {
    const inData = join(privateDir, "shop/.data/postgres")
    mkdirSync(inData, { recursive: true })
    writeFileSync(join(inData, "PG_VERSION"), "18\n")
    await expect(startEmbeddedPostgres(() => undefined)).rejects.toThrow(
      `The postgres user cannot reach the database in ${inData}, because ${privateDir} is private: make it passable (chmod o+x ${privateDir})`
    )
  })
})
