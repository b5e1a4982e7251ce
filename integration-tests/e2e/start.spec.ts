import { mkdirSync, mkdtempSync, readlinkSync, rmSync, utimesSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import Redis from "ioredis"
import { flushRedis, freePort, portOpen, Running, testRedisUrl } from "@broadcart/test-utils"

/**
 * `npm start` as a merchant runs it: no database configured, so it starts the embedded
 * PostgreSQL, builds what is unbuilt, migrates, seeds and prints how to use the store.
 */
jest.setTimeout(15 * 60_000)

const ROOT = join(__dirname, "../..")
// Server and worker below are one deployment on this suite's Redis database.
const REDIS_URL = testRedisUrl(12)

describe("npm start", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "broadcart-start-"))
  const running: Running[] = []
  let pgPort: number

  function start(env: Record<string, string>) {
    const base = { ...process.env }
    delete base.DATABASE_URL
    delete base.REDIS_URL
    for (const key of ["JWT_SECRET", "COOKIE_SECRET", "ADMIN_EMAIL", "ADMIN_PASSWORD", "STOREFRONT_URL", "MEDUSA_WORKER_MODE"]) {
      delete base[key]
    }
    const proc = Running.start(process.execPath, ["scripts/start.mjs"], {
      cwd: ROOT,
      env: {
        ...base,
        NODE_ENV: "production",
        LOG_LEVEL: "http",
        BROADCART_DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
        ...env,
      },
    })
    running.push(proc)
    return proc
  }

  beforeAll(async () => {
    pgPort = await freePort()
    await flushRedis(REDIS_URL)
  })

  afterAll(async () => {
    for (const proc of running.reverse()) {
      await proc.stop()
    }
    rmSync(dataDir, { recursive: true, force: true })
  })

  let publishableKey: string

  it("starts on embedded Postgres, seeds, and serves what it prints", async () => {
    const port = await freePort()
    const app = start({ PORT: String(port) })
    const [, key] = await app.waitFor(/Publishable key: (pk_\w+)/, 12 * 60_000)
    const [, email, password] = await app.waitFor(/Admin login:\s+(\S+) \/ (\S+)/, 1000)
    publishableKey = key
    expect(app.output).toContain(`Store API:       http://localhost:${port}/store`)
    expect(app.output).toContain(`Admin:           http://localhost:${port}/app`)
    // "Server ready" only once the server answers, after Medusa says it listens.
    expect(app.output.indexOf(`Server ready at http://localhost:${port}`)).toBeGreaterThan(app.output.indexOf("Server is ready on port"))
    expect(app.output.indexOf("Server is ready on port")).toBeGreaterThan(-1)
    // Relative, so a copied or moved checkout runs its own plugins.
    expect(readlinkSync(join(ROOT, ".medusa/server/node_modules"))).toBe("../../node_modules")

    const base = `http://localhost:${port}`
    expect((await fetch(`${base}/health`)).status).toBe(200)
    const products = await fetch(`${base}/store/products?fields=handle`, { headers: { "x-publishable-api-key": key } })
    expect(products.status).toBe(200)
    const body = await products.json()
    expect(body.products.map((p: any) => p.handle).sort()).toEqual(["broadcart-hoodie", "phone-tripod", "studio-ring-light", "wireless-lavalier-mic"])

    const gzipped = await fetch(`${base}/store/products`, {
      headers: { "x-publishable-api-key": key, "accept-encoding": "gzip" },
    })
    expect(gzipped.headers.get("content-encoding")).toBe("gzip")
    expect((await gzipped.json()).count).toBe(4)

    const login = await fetch(`${base}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()
    expect(token).toEqual(expect.any(String))

    // The built server (cwd .medusa/server) finds the time-series migrations: analytics answer.
    const summary = await fetch(`${base}/admin/analytics/summary`, { headers: { authorization: `Bearer ${token}` } })
    expect([summary.status, await summary.text()]).toEqual([200, expect.stringContaining('"gmv"')])

    const admin = await fetch(`${base}/app`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('<div id="medusa"')

    const logLine = app.output.split("\n").find((l) => l.includes('"path":"/store/products?fields=handle"'))
    expect(JSON.parse(logLine!)).toMatchObject({ level: "http", status: 200, request_id: expect.any(String) })

    expect(await app.stop()).toBe(0)
    expect(await portOpen(pgPort)).toBe(false)
  })

  it("restarts on the same data and runs server and worker roles on Redis", async () => {
    const [serverPort, workerPort] = [await freePort(), await freePort()]
    const prefix = `broadcart-e2e-${Date.now()}:`
    const redis = { REDIS_URL, REDIS_PREFIX: prefix }
    // What users made survives a rebuild (as after any change), with the data folder named relative
    // to the project root, as in .env.example: the built server runs from .medusa/server.
    utimesSync(join(ROOT, ".medusa/server/.built"), new Date(0), new Date(0))
    mkdirSync(join(dataDir, "uploads"), { recursive: true })
    writeFileSync(join(dataDir, "uploads", "e2e-kept.csv"), "handle,title\nkept,Kept\n")
    const server = start({ ...redis, PORT: String(serverPort), MEDUSA_WORKER_MODE: "server", BROADCART_DATA_DIR: relative(ROOT, dataDir) })
    const [, key] = await server.waitFor(/Publishable key: (pk_\w+)/, 5 * 60_000)
    expect(key).toBe(publishableKey)
    expect(server.output).toContain("Demo data already seeded")
    expect(server.output).toContain("Building the app")
    const kept = await fetch(`http://localhost:${serverPort}/uploads/e2e-kept.csv`)
    expect([kept.status, await kept.text()]).toEqual([200, "handle,title\nkept,Kept\n"])
    expect(server.output).not.toContain("Local Event Bus installed")
    expect(server.output).not.toContain('Locking module: Using \\"in-memory\\"')

    const worker = start({ ...redis, PORT: String(workerPort), MEDUSA_WORKER_MODE: "worker", BROADCART_SETUP: "false" })
    await worker.waitFor(/Broadcart is running \(worker mode\)/, 3 * 60_000)
    expect(worker.output).toContain("Using the embedded PostgreSQL already running")

    const storeFromServer = await fetch(`http://localhost:${serverPort}/store/products`, { headers: { "x-publishable-api-key": key } })
    expect(storeFromServer.status).toBe(200)
    expect((await fetch(`http://localhost:${workerPort}/health`)).status).toBe(200)
    const storeFromWorker = await fetch(`http://localhost:${workerPort}/store/products`, { headers: { "x-publishable-api-key": key } })
    expect(storeFromWorker.status).toBe(404)

    const [, email, password] = server.output.match(/Admin login:\s+(\S+) \/ (\S+)/)!
    const { token } = await (
      await fetch(`http://localhost:${serverPort}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password }),
      })
    ).json()
    const session = await fetch(`http://localhost:${serverPort}/auth/session`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
    })
    expect(session.status).toBe(200)
    expect(session.headers.get("set-cookie")).toMatch(/^connect\.sid=/)
    expect(session.headers.get("set-cookie")).not.toMatch(/;\s*Secure/i)
    const behindTls = await fetch(`http://localhost:${serverPort}/auth/session`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "x-forwarded-proto": "https" },
    })
    expect(behindTls.headers.get("set-cookie")).toMatch(/;\s*Secure/i)
    const client = new Redis(REDIS_URL)
    const sessions = await client.keys(`${prefix}sess:*`)
    const limitCounters = await client.keys(`${prefix}rl:global:*`)
    await client.del(...sessions, ...limitCounters)
    await client.quit()
    expect(sessions).toHaveLength(2)
    expect(limitCounters.length).toBeGreaterThan(0)

    expect(await worker.stop()).toBe(0)
    expect(await server.stop()).toBe(0)
  })

  it("stops with a message naming plugin and field when a plugin option is bad", async () => {
    const app = start({ PORT: String(await freePort()), STOREFRONT_URL: "not-a-url", BROADCART_SETUP: "false" })
    expect(await app.exited).not.toBe(0)
    expect(app.output).toMatch(/Invalid options for plugin @broadcart\/admin: option \\?"storefrontUrl\\?": Invalid URL/)
    expect(await portOpen(pgPort)).toBe(false)
  })
})
