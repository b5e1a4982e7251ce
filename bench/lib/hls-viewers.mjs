// HLS viewers as a player behaves: each reloads the live playlist every target duration on its own
// keep-alive connection and downloads every new segment from the live edge on.
//   node hls-viewers.mjs <playlist url> <viewers> <seconds>
// Prints JSON: segments fetched, on time (within one segment duration), p50/p99 fetch ms, errors,
// viewers more than one segment behind the live edge at the end, and MB/s delivered.
import http from "node:http"

const [url, viewerCount, seconds] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])]
const playlistUrl = new URL(url)
const base = playlistUrl.pathname.replace(/[^/]+$/, "")
const until = Date.now() + seconds * 1000
const times = []
const stats = { segments: 0, onTime: 0, errors: 0, bytes: 0, playlistBytes: 0, behind: 0 }
let edge = -1

function get(agent, path) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: playlistUrl.hostname, port: playlistUrl.port, path, agent }, (res) => {
      const chunks = []
      res.on("data", (c) => chunks.push(c))
      res.on("end", () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`${res.statusCode} ${path}`))))
      res.on("error", reject)
    })
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")))
    req.on("error", reject)
  })
}

function parse(text) {
  const target = Number(/#EXT-X-TARGETDURATION:(\d+)/.exec(text)?.[1] ?? 2)
  const first = Number(/#EXT-X-MEDIA-SEQUENCE:(\d+)/.exec(text)?.[1] ?? 0)
  const uris = text.split("\n").filter((l) => l && !l.startsWith("#"))
  return { target, segments: uris.map((uri, i) => ({ uri, seq: first + i })) }
}

async function viewer(index) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  // Viewers arrive over the first segment duration, not all in the same millisecond.
  await new Promise((r) => setTimeout(r, (index / viewerCount) * 2000))
  let last = -1
  while (Date.now() < until) {
    const started = Date.now()
    let target = 2
    try {
      const body = await get(agent, playlistUrl.pathname)
      stats.playlistBytes += body.length
      const playlist = parse(body.toString())
      target = playlist.target
      const newest = playlist.segments.at(-1)?.seq ?? -1
      edge = Math.max(edge, newest)
      const fresh = playlist.segments.filter((s) => s.seq > last).slice(last < 0 ? -1 : 0)
      for (const segment of fresh) {
        const t = Date.now()
        const data = await get(agent, base + segment.uri)
        const ms = Date.now() - t
        times.push(ms)
        stats.segments += 1
        stats.bytes += data.length
        stats.onTime += ms <= target * 1000 ? 1 : 0
        last = segment.seq
      }
    } catch {
      stats.errors += 1
    }
    await new Promise((r) => setTimeout(r, Math.max(0, started + target * 1000 - Date.now())))
  }
  agent.destroy()
  return last
}

const startedAt = Date.now()
const lasts = await Promise.all(Array.from({ length: viewerCount }, (_, i) => viewer(i)))
stats.behind = lasts.filter((l) => l < edge - 1).length
times.sort((a, b) => a - b)
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? null
const elapsed = (Date.now() - startedAt) / 1000
console.log(
  JSON.stringify({
    ...stats,
    p50: at(0.5),
    p99: at(0.99),
    mbps: Number(((stats.bytes + stats.playlistBytes) / elapsed / 1e6).toFixed(1)),
  })
)
process.exit(0)
