// Child process of chat-fanout.mjs: N viewers and S senders on one socket.io namespace; prints a JSON summary.
import { io } from "socket.io-client"

const [url, mode, viewersArg, sendersArg, seconds, tokensJson] = process.argv.slice(2)
const viewers = Number(viewersArg)
const senders = Number(sendersArg)
const tokens = JSON.parse(tokensJson ?? "[]")
const latencies = []
let delivered = 0

const sentAt = (m) => Number(mode === "plain" ? m.sent_at : m.text.slice(2))
const onMessages = (batch) => {
  const now = Date.now()
  for (const m of Array.isArray(batch) ? batch : [batch]) {
    delivered++
    if (delivered % 7 === 0) latencies.push(now - sentAt(m))
  }
}

async function open(auth) {
  const socket = io(url, { transports: ["websocket"], auth, reconnection: false, forceNew: true })
  await new Promise((resolve, reject) => {
    socket.once("connect", resolve)
    socket.once("connect_error", reject)
  })
  await socket
    .timeout(30_000)
    .emitWithAck("join", { stream_id: "lstr_bench" })
    .catch(() => null)
  return socket
}

const sockets = []
for (let i = 0; i < viewers; i += 100) {
  sockets.push(...(await Promise.all(Array.from({ length: Math.min(100, viewers - i) }, () => open({})))))
}
for (const s of sockets) s.on("chat", onMessages)
const senderSockets = await Promise.all(Array.from({ length: senders }, (_, i) => open(tokens[i] ? { token: tokens[i] } : {})))
process.stderr.write(`connected ${sockets.length} viewers, ${senderSockets.length} senders\n`)

const start = Date.now()
const timers = senderSockets.map((s, i) =>
  setTimeout(
    () => {
      const send = () =>
        mode === "plain" ? s.emit("chat", { sent_at: Date.now() }) : s.emit("chat:send", { stream_id: "lstr_bench", text: `t:${Date.now()}` }, () => undefined)
      send()
      timers[i] = setInterval(send, 1000)
    },
    (i * 1000) / senders
  )
)
await new Promise((r) => setTimeout(r, Number(seconds) * 1000))
timers.forEach((t) => clearInterval(t))
const elapsed = (Date.now() - start) / 1000
await new Promise((r) => setTimeout(r, 2000))
latencies.sort((a, b) => a - b)
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? null
process.stdout.write(JSON.stringify({ delivered, rate: Math.round(delivered / (elapsed + 2)), p50: pct(0.5), p99: pct(0.99) }) + "\n")
for (const s of [...sockets, ...senderSockets]) s.disconnect()
process.exit(0)
