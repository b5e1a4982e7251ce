import { createRequire } from "node:module"
import net from "node:net"
import { join } from "node:path"
import { ROOT } from "./env.mjs"

const require = createRequire(import.meta.url)

/**
 * Reads the environment through the app's own `loadSettings` (src/settings.ts, loaded with the
 * ts-node and swc setup Medusa's CLI uses), so a bad value stops `npm start` before anything
 * starts, with the same `Invalid environment: NAME: …` message the app gives.
 */
export function loadSettings(env = process.env) {
  require("ts-node").register({ project: join(ROOT, "tsconfig.json"), transpileOnly: true })
  return require(join(ROOT, "src/settings.ts")).loadSettings(env, ROOT)
}

function portTaken(port, host) {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once("error", (e) => resolve(e.code === "EADDRINUSE" ? true : e.message))
    probe.listen(port, host, () => probe.close(() => resolve(false)))
  })
}

/**
 * The ports this start needs, each with the setting that moves it and how to switch its feature
 * off. Workers serve neither HTTP, live ingest nor live chat, so they need none.
 */
export function neededPorts(settings, role = settings.MEDUSA_WORKER_MODE) {
  if (role === "worker") {
    return []
  }
  const ports = [{ what: "HTTP", port: settings.PORT, setting: "PORT" }]
  if (settings.LIVE_INGEST === "embedded") {
    const host = settings.LIVE_RTMP_HOST
    ports.push({ what: "Live ingest (RTMP)", port: settings.LIVE_RTMP_PORT, host, setting: "LIVE_RTMP_PORT", off: "LIVE_INGEST=off" })
    if (settings.LIVE_FLV) {
      ports.push({ what: "Live playback (HTTP-FLV)", port: settings.LIVE_FLV_PORT, host, setting: "LIVE_FLV_PORT", off: "LIVE_FLV=false" })
    }
  }
  if (settings.LIVE_REALTIME && settings.REALTIME_PORT !== 0) {
    ports.push({ what: "Live chat (socket.io)", port: settings.REALTIME_PORT, host: "0.0.0.0", setting: "REALTIME_PORT", off: "LIVE_REALTIME=false" })
  }
  return ports
}

/** Resolves with a message naming the first port that cannot be listened on, or null when all are free. */
export async function checkPorts(ports) {
  for (const { what, port, host, setting, off } of ports) {
    const taken = await portTaken(port, host)
    if (taken) {
      const where = host ? `${host}:${port}` : port
      const problem = taken === true ? "is already in use" : `cannot be used (${taken})`
      const remedy = `stop what runs there or set ${setting} to a free port${off ? `, or set ${off} to run without it` : ""}`
      return `${what} port ${where} ${problem}: ${remedy}`
    }
  }
  return null
}
