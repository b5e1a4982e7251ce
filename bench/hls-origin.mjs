// HLS origin benchmark: how many live HLS viewers the Broadcart server (`npm start`, route
// /hls/:id/:file) serves at full rate, against a bare Express + express.static origin serving the
// same files, in the same run. A stream that has been live for `history` segments gains a new 2 s
// segment every 2 s; viewers (a child process) reload the playlist and fetch every new segment.
// A step passes at full rate when 99% of segments arrive within 2 s, no request fails and 99% of
// viewers are within a segment of the live edge.
//   node bench/hls-origin.mjs [viewers=1000,1500,2000,2500,3000] [seconds=20] [bitrate=2500k] [history=900]
// Our server is started with scripts/start.mjs (DATABASE_URL if set, else the embedded PostgreSQL).
import { spawn } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { sourceSegments, startLiveStream } from "./lib/hls-packager.mjs"
import { startApp, stopGroup, waitFor } from "./lib/app.mjs"

const steps = (process.argv[2] ?? "1000,1500,2000,2500,3000").split(",").map(Number)
const seconds = Number(process.argv[3] ?? 20)
const bitrate = process.argv[4] ?? "2500k"
const history = Number(process.argv[5] ?? 900)
const STREAM = "lstr_01BENCHHLSORIGIN"

/** CPU seconds used by a process and its descendants. */
function treeCpu(root) {
  const procs = readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .map((pid) => {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
          .replace(/^.*\) /, "")
          .split(" ")
        return { pid: Number(pid), ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / 100 }
      } catch {
        return null
      }
    })
    .filter(Boolean)
  const tree = new Set([root])
  for (let grew = true; grew;) {
    grew = false
    for (const p of procs) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid)
        grew = true
      }
    }
  }
  return procs.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.cpu, 0)
}

function viewers(url, count) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, "lib/hls-viewers.mjs"), url, String(count), String(seconds)], {
      stdio: ["ignore", "pipe", "inherit"],
    })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`viewers exited ${code}`))))
  })
}

async function ramp(name, server, origin) {
  const url = `${origin}/hls/${STREAM}/index.m3u8`
  let best = 0
  for (const count of steps) {
    const cpuBefore = treeCpu(server.pid)
    const r = await viewers(url, count)
    const cpu = (treeCpu(server.pid) - cpuBefore) / seconds
    const full = r.segments > 0 && r.onTime / r.segments >= 0.99 && r.errors === 0 && r.behind <= count * 0.01
    console.log(
      `${name.padEnd(8)} ${String(count).padStart(5)} viewers | ${r.mbps} MB/s, segments ${r.segments}, on time ${((100 * r.onTime) / Math.max(1, r.segments)).toFixed(1)}%,` +
        ` p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}, behind ${r.behind} | server CPU ${(cpu * 100).toFixed(0)}% | ${full ? "full rate" : "FELL BEHIND"}`
    )
    if (!full) {
      break
    }
    best = count
  }
  return best
}

const media = mkdtempSync(join(tmpdir(), "broadcart-bench-media-"))
const stopStream = startLiveStream(join(media, STREAM), sourceSegments(bitrate), history)
console.log(`HLS origin: a ${bitrate} stream live for ${history} segments; ${seconds} s per step; viewers ${steps.join(", ")}`)

const baselinePort = 9300
const baseline = spawn(process.execPath, [join(import.meta.dirname, "lib/static-origin.mjs"), media, String(baselinePort)], { stdio: "ignore", detached: true })
await waitFor(`http://127.0.0.1:${baselinePort}/hls/${STREAM}/index.m3u8`, 10_000)
const plain = await ramp("static", baseline, `http://127.0.0.1:${baselinePort}`)
await stopGroup(baseline)

const port = 9310
const app = startApp({ PORT: String(port), LIVE_MEDIA_DIR: media, LIVE_INGEST: "off", LIVE_REALTIME: "false", LOG_LEVEL: "warn" })
try {
  await waitFor(`http://127.0.0.1:${port}/hls/${STREAM}/index.m3u8`, 600_000)
  const ours = await ramp("ours", app, `http://127.0.0.1:${port}`)
  console.log(`Most viewers at full rate: static ${plain}, ours ${ours} | ratio ${plain ? (ours / plain).toFixed(2) : "n/a"}`)
} finally {
  await app.stop()
  stopStream()
  rmSync(media, { recursive: true, force: true })
}
process.exit(0)
