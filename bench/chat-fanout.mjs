// Chat fan-out benchmark: our /live namespace (batched every 100 ms) against plain socket.io
// broadcasting each message at once, under the same load in the same run.
// Needs built packages (npm run build:packages). Clients run in a child process.
//   node bench/chat-fanout.mjs [viewers=1000,5000] [senders=100] [seconds=10]
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { join } from "node:path"

const require = createRequire(import.meta.url)
const ROOT = join(import.meta.dirname, "..")
const { startRealtime } = require(join(ROOT, "core/dist/index.js"))
const { registerLiveNamespace } = require(join(ROOT, "plugins/live-streaming/.medusa/server/src/modules/live-streaming/realtime/live-namespace.js"))
const { memoryState } = require(join(ROOT, "plugins/live-streaming/.medusa/server/src/modules/live-streaming/realtime/state.js"))
const { memoryPresence } = require(join(ROOT, "plugins/live-streaming/.medusa/server/src/modules/live-streaming/realtime/presence.js"))
const jwt = require("jsonwebtoken")

const viewerCounts = (process.argv[2] ?? "1000,5000").split(",").map(Number)
const senders = Number(process.argv[3] ?? 100)
const seconds = Number(process.argv[4] ?? 10)
const SECRET = "bench-secret"

function runClients(url, mode, viewers, tokens = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(import.meta.dirname, "lib/chat-clients.mjs"), url, mode, String(viewers), String(senders), String(seconds), JSON.stringify(tokens)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      }
    )
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`clients exited ${code}`))))
  })
}

async function plain(viewers) {
  const rt = await startRealtime({ port: 0, jwtSecret: SECRET, corsOrigins: [] })
  const nsp = rt.io.of("/live")
  nsp.on("connection", (socket) => {
    socket.on("join", (_p, ack) => (socket.join("stream:lstr_bench"), ack?.({ ok: true })))
    socket.on("chat", (m) => nsp.to("stream:lstr_bench").emit("chat", m))
  })
  try {
    return await runClients(`http://127.0.0.1:${rt.port}/live`, "plain", viewers)
  } finally {
    await rt.close()
  }
}

async function ours(viewers) {
  const rt = await startRealtime({ port: 0, jwtSecret: SECRET, corsOrigins: [] })
  const live = registerLiveNamespace(rt.io.of("/live"), {
    state: memoryState(),
    presence: memoryPresence(),
    jwtSecret: SECRET,
    stream: async (id) => ({ id, vendor_id: "vend_bench", status: "live" }),
    vendorOfMember: async () => null,
    displayName: async () => "Shopper",
    pinned: async () => null,
    history: async () => [],
    persist: () => undefined,
    count: () => undefined,
    sampleViewers: async () => undefined,
    emit: async () => undefined,
    viewerPushMs: 10_000,
    warn: (message) => console.warn(message),
  })
  const tokens = Array.from({ length: senders }, (_, i) => jwt.sign({ actor_id: `cus_bench_${i}`, actor_type: "customer" }, SECRET))
  try {
    return await runClients(`http://127.0.0.1:${rt.port}/live`, "ours", viewers, tokens)
  } finally {
    await live.stop()
    await rt.close()
  }
}

console.log(`Chat fan-out: ${senders} senders at 1 msg/s each for ${seconds} s`)
for (const viewers of viewerCounts) {
  const base = await plain(viewers)
  const mine = await ours(viewers)
  console.log(
    `${String(viewers).padStart(5)} viewers | plain socket.io ${base.rate} msg/s, p50 ${base.p50} ms, p99 ${base.p99} ms` +
      ` | ours ${mine.rate} msg/s, p50 ${mine.p50} ms, p99 ${mine.p99} ms | ratio ${(mine.rate / base.rate).toFixed(2)}`
  )
}
process.exit(0)
