import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import net from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT } from "../lib/env.mjs"
import { neededPorts } from "../lib/settings.mjs"

/** What `npm start` checks before it starts anything: each run ends before the embedded database would start. */
describe("npm start refuses to start", () => {
  let dataDir
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "broadcart-checks-"))
  })
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

  function freePort() {
    return new Promise((resolve) => {
      const server = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address()
        server.close(() => resolve(String(port)))
      })
    })
  }

  async function start(env) {
    const base = { ...process.env }
    for (const key of ["DATABASE_URL", "LIVE_INGEST", "REALTIME_PORT", "LIVE_RTMP_PORT", "LIVE_FLV_PORT"]) {
      delete base[key]
    }
    const child = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: ROOT,
      env: { ...base, NODE_ENV: "production", BROADCART_DATA_DIR: dataDir, PORT: await freePort(), EMBEDDED_PG_PORT: await freePort(), ...env },
    })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })))
  }

  async function expectRefused(env, message) {
    const { code, output } = await start(env)
    expect(output.trim()).toMatch(message)
    expect(output.trim().split("\n")).toHaveLength(1)
    expect(code).toBe(1)
    expect(existsSync(join(dataDir, "postgres"))).toBe(false)
  }

  it("with a PORT that is not a number, in one line and with no stack trace", async () => {
    await expectRefused({ PORT: "abc" }, /^Invalid environment: PORT: /)
  })

  it("with a bad plugin setting (COMMISSION_PERCENT) before the database starts", async () => {
    await expectRefused({ COMMISSION_PERCENT: "abc" }, /^Invalid environment: COMMISSION_PERCENT: /)
  })

  it("when a live feature's port is taken, naming the port, its setting and how to switch the feature off", async () => {
    const taken = net.createServer()
    await new Promise((resolve) => taken.listen(0, "0.0.0.0", resolve))
    const port = String(taken.address().port)
    try {
      await expectRefused(
        { LIVE_INGEST: "embedded", LIVE_RTMP_PORT: port },
        `Live ingest (RTMP) port 0.0.0.0:${port} is already in use: stop what runs there or set LIVE_RTMP_PORT to a free port, or set LIVE_INGEST=off to run without it`
      )
      await expectRefused(
        { LIVE_INGEST: "embedded", LIVE_RTMP_PORT: await freePort(), LIVE_FLV_PORT: port },
        /HTTP-FLV\) port 0\.0\.0\.0:\d+ is already in use: .*LIVE_FLV_PORT.*LIVE_FLV=false/
      )
      await expectRefused(
        { LIVE_INGEST: "off", REALTIME_PORT: port },
        /socket\.io\) port 0\.0\.0\.0:\d+ is already in use: .*REALTIME_PORT.*LIVE_REALTIME=false/
      )
    } finally {
      taken.close()
    }
  })
})

describe("neededPorts", () => {
  const settings = {
    PORT: 9000,
    LIVE_INGEST: "embedded",
    LIVE_RTMP_HOST: "0.0.0.0",
    LIVE_RTMP_PORT: 1935,
    LIVE_FLV: true,
    LIVE_FLV_PORT: 8088,
    LIVE_REALTIME: true,
    REALTIME_PORT: 9001,
  }
  const names = (s, role) => neededPorts(s, role).map((p) => p.setting)

  it("leaves out the ports of features that are switched off, and all of them in a worker", () => {
    expect(names(settings, "shared")).toEqual(["PORT", "LIVE_RTMP_PORT", "LIVE_FLV_PORT", "REALTIME_PORT"])
    expect(names({ ...settings, LIVE_INGEST: "off", LIVE_REALTIME: false }, "server")).toEqual(["PORT"])
    expect(names({ ...settings, LIVE_FLV: false, REALTIME_PORT: 0 }, "shared")).toEqual(["PORT", "LIVE_RTMP_PORT"])
    expect(names(settings, "worker")).toEqual([])
  })
})
