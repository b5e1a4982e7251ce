import { execFile, spawn, type ChildProcess } from "node:child_process"
import { connect } from "node:net"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { freePort } from "../processes"

/**
 * Points the app's RTMP ingest and HTTP-FLV playback at free ports and a fresh media folder before it
 * boots; `reconnectGraceSeconds` is how long a dropped stream waits for its encoder.
 */
export function useLiveIngest({ reconnectGraceSeconds }: { reconnectGraceSeconds: number }) {
  const handle = { port: 0, flvPort: 0, mediaDir: "" }
  beforeAll(async () => {
    handle.port = await freePort()
    handle.flvPort = await freePort()
    handle.mediaDir = mkdtempSync(join(tmpdir(), "broadcart-live-"))
    Object.assign(process.env, {
      LIVE_INGEST: "embedded",
      LIVE_RTMP_PORT: String(handle.port),
      LIVE_FLV_PORT: String(handle.flvPort),
      LIVE_MEDIA_DIR: handle.mediaDir,
      LIVE_RECONNECT_GRACE_SECONDS: String(reconnectGraceSeconds),
    })
  })
  afterAll(() => {
    process.env.LIVE_INGEST = "off"
    delete process.env.LIVE_RTMP_PORT
    delete process.env.LIVE_FLV_PORT
    delete process.env.LIVE_MEDIA_DIR
    delete process.env.LIVE_RECONNECT_GRACE_SECONDS
  })
  return handle
}

/**
 * Real ffmpeg publishing a test pattern (yuv420p H.264 + AAC) to an RTMP URL, as OBS would.
 * `bitrate` (e.g. "3M") sends a noisy 640x360 picture at that rate instead of a small, cheap one.
 * An http:// URL publishes over HTTP-FLV (POST).
 */
export function publish(url: string, { bitrate }: { bitrate?: string } = {}): ChildProcess & { exited: Promise<number | null> } {
  const video = bitrate
    ? ["-f", "lavfi", "-i", "testsrc=size=640x360:rate=25", "-vf", "noise=alls=30:allf=t", "-b:v", bitrate, "-maxrate", bitrate, "-bufsize", bitrate]
    : ["-f", "lavfi", "-i", "testsrc=size=320x240:rate=25"]
  const args = [
    "-hide_banner",
    "-loglevel",
    "error",
    "-re",
    ...video.slice(0, 4),
    "-f",
    "lavfi",
    "-i",
    "sine=frequency=440:sample_rate=44100",
    ...video.slice(4),
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    "-tune",
    "zerolatency",
    "-pix_fmt",
    "yuv420p",
    "-g",
    "25",
    "-c:a",
    "aac",
    "-b:a",
    "64k",
    ...(url.startsWith("http") ? ["-method", "POST"] : []),
    "-f",
    "flv",
    url,
  ]
  const child = spawn("ffmpeg", args, { stdio: ["ignore", "ignore", "pipe"] }) as ChildProcess & { exited: Promise<number | null> }
  child.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)))
  return child
}

/** The codecs ffprobe finds at a URL (e.g. an HLS playlist). */
export function probe(url: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile("ffprobe", ["-v", "error", "-show_entries", "stream=codec_name", "-of", "json", url], { timeout: 30_000 }, (err, stdout) => {
      if (err) {
        return reject(err)
      }
      // FLV also carries a data track (onMetaData) without a codec name.
      resolve(
        JSON.parse(stdout)
          .streams.map((s: any) => s.codec_name)
          .filter(Boolean)
          .sort()
      )
    })
  })
}

/** Gives the app's live plugin a Redis (socket.io adapter, ingest control) under a key prefix of its own. */
export function useLiveRedis(name: string) {
  const prefix = `broadcart-${name}-${process.pid}:`
  beforeAll(() => Object.assign(process.env, { REALTIME_REDIS_URL: REDIS_URL, REDIS_PREFIX: prefix }))
  afterAll(() => {
    delete process.env.REALTIME_REDIS_URL
    delete process.env.REDIS_PREFIX
  })
  return { url: REDIS_URL, prefix }
}

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"

/**
 * An HTTP-FLV player on a raw TCP connection. With `stall`, it takes the first bytes and then
 * stops reading, as a frozen phone would, until `resume()`.
 */
export function playFlv(url: string, { stall = false } = {}) {
  const { hostname, port, pathname } = new URL(url)
  const socket = connect(Number(port), hostname, () => socket.write(`GET ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`))
  const player = {
    bytes: 0,
    head: "",
    socket,
    closed: new Promise<void>((resolve) => socket.once("close", () => resolve())),
    /** Reads again, after a stall. */
    resume() {
      stall = false
      socket.resume()
    },
  }
  socket.on("error", () => undefined)
  socket.on("data", (chunk: Buffer) => {
    player.head ||= chunk.toString("latin1", 0, 200)
    player.bytes += chunk.length
    if (stall) {
      socket.pause()
    }
  })
  return player
}
