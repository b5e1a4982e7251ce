import { existsSync } from "node:fs"
import { join } from "node:path"
import { assertPortFree } from "./port"
import { HlsRecorder } from "./hls-recorder"

/** What the ingest needs from the rest of the platform. */
export type IngestHooks = {
  /** Whether this key may publish this stream now (stream scheduled or live, vendor active). */
  authorize(streamId: string, key: unknown): Promise<{ ok: true } | { ok: false; reason: string }>
  started(streamId: string): Promise<void>
  ended(streamId: string, replay: boolean): Promise<void>
  log(level: "info" | "warn" | "error", message: string): void
}

export type IngestOptions = {
  rtmpPort: number
  rtmpHost: string
  mediaDir: string
  ffmpegPath: string
  segmentSeconds: number
  endGraceSeconds: number
}

type Session = { id: string; streamApp: string; streamName: string; streamPath: string; streamQuery: Record<string, unknown>; socket?: { destroy(): void; once(e: string, cb: () => void): void }; ip: string }

/**
 * RTMP ingest on node-media-server: only a valid key for a stream of an active vendor may publish
 * (anything else is cut off at once); a publish makes the stream live and is recorded to HLS by
 * ffmpeg; when the encoder's connection closes the stream ends within `endGraceSeconds`.
 * The stream name is the stream id; the key travels in the query (`?key=`), so no URL shows it.
 */
export class IngestServer {
  private nms: any = null
  private recorders = new Map<string, HlsRecorder>()
  private rejected = new Set<string>()
  private endTimers = new Map<string, NodeJS.Timeout>()
  /** Streams ended on purpose; their publisher's closing socket must not end them again. */
  private ending = new Set<string>()

  constructor(private readonly opts: IngestOptions, private readonly hooks: IngestHooks) {}

  async start() {
    await assertPortFree(this.opts.rtmpPort, this.opts.rtmpHost)
    const NodeMediaServer = require("node-media-server")
    require("node-media-server/src/core/logger.js").level = "error"
    this.nms = new NodeMediaServer({
      bind: this.opts.rtmpHost,
      rtmp: { port: this.opts.rtmpPort, chunk_size: 60000, gop_cache: true, ping: 30, ping_timeout: 60 },
      store: { path: join(this.opts.mediaDir, ".nms") },
    })
    require("node-media-server/src/core/logger.js").level = "error"
    this.nms.on("prePublish", (s: Session) => this.guard(() => this.prePublish(s)))
    this.nms.on("postPublish", (s: Session) => this.guard(() => this.postPublish(s)))
    await this.nms.run()
  }

  async stop() {
    for (const timer of this.endTimers.values()) {
      clearTimeout(timer)
    }
    await Promise.all([...this.recorders.values()].map((r) => r.finish(2000)))
    this.nms?.rtmpServer?.stop?.()
    this.nms = null
  }

  /** Listener errors must never reach node-media-server, which would crash the process. */
  private guard(fn: () => unknown) {
    Promise.resolve()
      .then(fn)
      .catch((e) => this.hooks.log("error", `Ingest: ${(e as Error)?.message ?? e}`))
  }

  private cut(session: Session, reason: string) {
    this.rejected.add(session.id)
    session.socket?.destroy()
    this.hooks.log("warn", `Ingest: refused publish of ${session.streamPath} from ${session.ip}: ${reason}`)
  }

  private prePublish(session: Session) {
    if (session.streamApp !== "live" || !session.streamQuery?.key) {
      this.cut(session, "no stream key")
    }
  }

  private async postPublish(session: Session) {
    if (this.rejected.has(session.id)) {
      return
    }
    const streamId = session.streamName
    const verdict = await this.hooks.authorize(streamId, session.streamQuery?.key)
    if (!verdict.ok) {
      return this.cut(session, verdict.reason)
    }
    clearTimeout(this.endTimers.get(streamId))
    this.endTimers.delete(streamId)
    this.ending.delete(streamId)
    session.socket?.once("close", () => this.publisherLeft(streamId, session.streamPath))
    if (!this.recorders.has(streamId)) {
      const recorder = new HlsRecorder(this.opts, streamId)
      this.recorders.set(streamId, recorder)
      recorder.start(`rtmp://127.0.0.1:${this.opts.rtmpPort}${session.streamPath}`)
    }
    await this.hooks.started(streamId)
  }

  /** The encoder left: unless it returns within the grace period, end the stream and finish its replay. */
  private publisherLeft(streamId: string, streamPath: string) {
    if (this.ending.has(streamId)) {
      return
    }
    clearTimeout(this.endTimers.get(streamId))
    this.endTimers.set(
      streamId,
      setTimeout(() => this.guard(() => this.end(streamId, streamPath)), this.opts.endGraceSeconds * 1000)
    )
  }

  /** Ends a stream now: the recorder's input is closed so ffmpeg writes a complete playlist. */
  async end(streamId: string, streamPath = `/live/${streamId}`) {
    this.ending.add(streamId)
    clearTimeout(this.endTimers.get(streamId))
    this.endTimers.delete(streamId)
    const Context = require("node-media-server/src/core/context.js")
    const broadcast = Context.broadcasts.get(streamPath)
    broadcast?.publisher?.socket?.destroy()
    broadcast?.subscribers?.forEach((s: any) => s.close?.())
    const recorder = this.recorders.get(streamId)
    this.recorders.delete(streamId)
    await recorder?.finish()
    const playlist = join(this.opts.mediaDir, streamId, "index.m3u8")
    await this.hooks.ended(streamId, existsSync(playlist))
  }
}
