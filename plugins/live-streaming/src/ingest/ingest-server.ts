import { randomBytes } from "node:crypto"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { assertPortFree } from "./port"
import { HlsRecorder } from "./hls-recorder"
import { PlayerGuard } from "./player-guard"
import { connectionOf, dropSession, refusePlayer, unsentBytes, type NmsSession } from "./sessions"

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
  /** Port of the low-latency HTTP-FLV and WebSocket-FLV playback; null turns it off. */
  flvPort: number | null
  playerStallSeconds: number
  playerMaxUnsentBytes: number
}

type Session = NmsSession

/**
 * RTMP ingest on node-media-server: only a valid key for a stream of an active vendor may publish
 * (anything else, over RTMP or HTTP-FLV, is cut off at once); a publish makes the stream live and is
 * recorded to HLS by ffmpeg; when the encoder's connection closes the stream ends within
 * `endGraceSeconds`. The stream name is the stream id; the key travels in the query (`?key=`), so
 * no URL shows it. Live streams can also be played over HTTP-FLV (about 0.1 s behind, against HLS's
 * several seconds); players that stop reading are dropped. RTMP playback is refused.
 */
export class IngestServer {
  private nms: any = null
  private recorders = new Map<string, HlsRecorder>()
  private rejected = new Set<string>()
  private endTimers = new Map<string, NodeJS.Timeout>()
  /** Streams ended on purpose; their publisher's closing socket must not end them again. */
  private ending = new Set<string>()
  /** Lets our own HLS recorder play from the ingest; nobody else plays RTMP. */
  private readonly recorderToken = randomBytes(16).toString("hex")
  private guardTimer: NodeJS.Timeout | null = null
  readonly players: PlayerGuard

  constructor(private readonly opts: IngestOptions, private readonly hooks: IngestHooks) {
    this.players = new PlayerGuard({ stallSeconds: opts.playerStallSeconds, maxUnsentBytes: opts.playerMaxUnsentBytes })
  }

  async start() {
    await assertPortFree(this.opts.rtmpPort, this.opts.rtmpHost)
    if (this.opts.flvPort) {
      await assertPortFree(this.opts.flvPort, this.opts.rtmpHost, ["HTTP-FLV", "LIVE_FLV_PORT"])
    }
    const NodeMediaServer = require("node-media-server")
    require("node-media-server/src/core/logger.js").level = "error"
    this.nms = new NodeMediaServer({
      bind: this.opts.rtmpHost,
      rtmp: { port: this.opts.rtmpPort, chunk_size: 60000, gop_cache: true, ping: 30, ping_timeout: 60 },
      ...(this.opts.flvPort ? { http: { port: this.opts.flvPort } } : {}),
      webadmin: { enable: false },
      store: { path: join(this.opts.mediaDir, ".nms") },
    })
    require("node-media-server/src/core/logger.js").level = "error"
    this.nms.on("prePublish", (s: Session) => this.guard(() => this.prePublish(s)))
    this.nms.on("postPublish", (s: Session) => this.guard(() => this.postPublish(s)))
    // Synchronous: an HTTP-FLV player must get its 404 before node-media-server answers 200.
    this.nms.on("prePlay", (s: Session) => this.guard(() => this.prePlay(s), true))
    await this.nms.run()
    this.guardTimer = setInterval(() => this.guard(() => this.sweepPlayers()), 1000)
    this.guardTimer.unref()
  }

  async stop() {
    for (const timer of this.endTimers.values()) {
      clearTimeout(timer)
    }
    clearInterval(this.guardTimer ?? undefined)
    await Promise.all([...this.recorders.values()].map((r) => r.finish(2000)))
    this.nms?.rtmpServer?.stop?.()
    this.nms?.httpServer?.stop?.()
    this.nms?.httpServer?.httpServer?.closeAllConnections?.()
    this.nms = null
  }

  /** Listener errors must never reach node-media-server, which would crash the process. */
  private guard(fn: () => unknown, sync = false) {
    const report = (e: unknown) => this.hooks.log("error", `Ingest: ${(e as Error)?.message ?? e}`)
    if (sync) {
      try {
        return fn()
      } catch (e) {
        return report(e)
      }
    }
    Promise.resolve().then(fn).catch(report)
  }

  private cut(session: Session, reason: string) {
    this.rejected.add(session.id)
    dropSession(session)
    this.hooks.log("warn", `Ingest: refused publish of ${session.streamPath} from ${session.ip}: ${reason}`)
  }

  /** Only live streams of this ingest play, over HTTP- or WebSocket-FLV; RTMP is for our recorder. */
  private prePlay(session: Session) {
    if (session.protocol === "rtmp" && session.streamQuery?.recorder === this.recorderToken) {
      return
    }
    if (session.protocol !== "flv") {
      return refusePlayer(session, "RTMP playback is not offered; play HLS or HTTP-FLV")
    }
    if (session.streamApp !== "live" || !this.recorders.has(session.streamName) || this.ending.has(session.streamName)) {
      return refusePlayer(session, `Stream ${session.streamName} is not live`)
    }
  }

  /** Drops HTTP-FLV players that stopped reading (our recorder plays RTMP, so is never one). */
  private sweepPlayers() {
    const Context = require("node-media-server/src/core/context.js")
    const players = [...(Context.sessions as Map<string, Session>).values()]
      .filter((s) => !s.isPublisher && s.protocol === "flv")
      .map((s) => ({
        id: s.id,
        unsent: () => unsentBytes(s),
        drop: (reason: string) => {
          dropSession(s)
          this.hooks.log("warn", `Ingest: dropped player of ${s.streamPath} from ${s.ip}: ${reason}`)
        },
      }))
    this.players.sweep(players)
  }

  private prePublish(session: Session) {
    if (session.streamApp !== "live" || !session.streamQuery?.key) {
      this.cut(session, "no stream key")
    }
  }

  private async postPublish(session: Session) {
    // Sessions cut in prePublish still get here; each is forgotten once seen.
    if (this.rejected.delete(session.id)) {
      return
    }
    const streamId = session.streamName
    // node-media-server refuses a second publisher of a stream after this event (also an encoder
    // reconnecting while its old connection still looks open); the live publisher stays untouched.
    if (!this.isPublisherOf(session)) {
      this.hooks.log("warn", `Ingest: refused a second publisher of ${session.streamPath} from ${session.ip}; the live one continues`)
      return
    }
    const verdict = await this.hooks.authorize(streamId, session.streamQuery?.key)
    if (!verdict.ok) {
      this.cut(session, verdict.reason)
      this.rejected.delete(session.id)
      return
    }
    clearTimeout(this.endTimers.get(streamId))
    this.endTimers.delete(streamId)
    this.ending.delete(streamId)
    connectionOf(session)?.once("close", () => this.publisherLeft(streamId, session.streamPath))
    if (!this.recorders.has(streamId)) {
      const recorder = new HlsRecorder(this.opts, streamId)
      this.recorders.set(streamId, recorder)
      recorder.start(`rtmp://127.0.0.1:${this.opts.rtmpPort}${session.streamPath}?recorder=${this.recorderToken}`)
    }
    await this.hooks.started(streamId)
  }

  /** Whether node-media-server holds `session` as its stream's publisher (not refused as a duplicate). */
  private isPublisherOf(session: Session) {
    const Context = require("node-media-server/src/core/context.js")
    return Context.broadcasts.get(session.streamPath)?.publisher === session
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
    if (broadcast?.publisher) {
      dropSession(broadcast.publisher)
    }
    const players = [...(broadcast?.subscribers?.values() ?? [])] as Session[]
    players.forEach((s: any) => s.close?.())
    const recorder = this.recorders.get(streamId)
    this.recorders.delete(streamId)
    // A recorder that has not connected yet would wait for a publisher forever: stop it at once.
    const recording = players.some((s) => s.streamQuery?.recorder === this.recorderToken)
    await recorder?.finish(recording ? 5000 : 0)
    const playlist = join(this.opts.mediaDir, streamId, "index.m3u8")
    await this.hooks.ended(streamId, existsSync(playlist))
  }
}
