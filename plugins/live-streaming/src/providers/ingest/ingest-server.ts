import { randomBytes } from "node:crypto"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { assertPortFree } from "./port"
import { HlsRecorder, markPlaylist } from "./hls-recorder"
import { PlayerGuard } from "./player-guard"
import { tidyFlvResponses } from "./flv-http"
import { connectionOf, dropSession, refusePlayer, unsentBytes } from "./sessions"
import type { IngestSession, RtmpEvent, RtmpServer, RtmpServerFactory } from "./types"

/** What the ingest needs from the rest of the platform. */
export type IngestHooks = {
  /** Whether this key may publish this stream now (stream scheduled or live, vendor active). */
  authorize(streamId: string, key: unknown): Promise<{ ok: true } | { ok: false; reason: string }>
  /** An encoder publishes the stream: it goes live, or live again after an interruption. */
  started(streamId: string): Promise<void>
  /** The encoder left (or the server restarted); the stream waits for it to return. */
  interrupted(streamId: string): Promise<void>
  ended(streamId: string, replay: boolean): Promise<void>
  log(level: "debug" | "info" | "warn" | "error", message: string): void
}

export type IngestOptions = {
  rtmpPort: number
  rtmpHost: string
  mediaDir: string
  ffmpegPath: string
  segmentSeconds: number
  /** How long a stream whose encoder left waits for it to return before it ends. */
  reconnectGraceSeconds: number
  /** Port of the low-latency HTTP-FLV and WebSocket-FLV playback; null turns it off. */
  flvPort: number | null
  playerStallSeconds: number
  playerMaxUnsentBytes: number
}

type Session = IngestSession

/** A live publisher that has sent nothing this long may be taken over by its own key (a half-open connection). */
const SILENT_PUBLISHER_MS = 3000

/**
 * RTMP ingest on an RTMP server (node-media-server, behind `RtmpServer`): only a valid key for a stream of an active vendor may publish
 * (anything else, over RTMP or HTTP-FLV, is cut off at once); a publish makes the stream live and is
 * recorded to HLS by ffmpeg; when the encoder's connection closes the stream is interrupted, and
 * an encoder that returns within `reconnectGraceSeconds` continues the same stream and recording
 * (otherwise it ends). A refused second publisher never touches the live one. The stream name is the stream id; the key travels in the query (`?key=`), so
 * no URL shows it. Live streams can also be played over HTTP-FLV (about 0.1 s behind, against HLS's
 * several seconds); players that stop reading are dropped. RTMP playback is refused.
 */
export class IngestServer {
  private nms: RtmpServer | null = null
  private recorders = new Map<string, HlsRecorder>()
  /** Recorders being stopped; a new one for the stream starts only once its playlist is complete. */
  private stopping = new Map<string, Promise<void>>()
  /** When each stream's recorder died lately, to give up on one that keeps dying. */
  private recorderDeaths = new Map<string, number[]>()
  /** The publisher each stream is live from. */
  private publishers = new Map<string, Session>()
  /** When each live publisher last sent data, to tell a half-open connection from a live one. */
  private lastInput = new Map<string, { bytes: number; at: number }>()
  private rejected = new Set<string>()
  private endTimers = new Map<string, NodeJS.Timeout>()
  /** Streams ended on purpose; their publisher's closing socket must not end them again. */
  private ending = new Set<string>()
  /** Lets our own HLS recorder play from the ingest; nobody else plays RTMP. */
  private readonly recorderToken = randomBytes(16).toString("hex")
  private guardTimer: NodeJS.Timeout | null = null
  private listeners: [RtmpEvent, (s: Session) => unknown][] = []
  readonly players: PlayerGuard

  constructor(
    private readonly opts: IngestOptions,
    private readonly hooks: IngestHooks,
    private readonly createRtmpServer: RtmpServerFactory
  ) {
    this.players = new PlayerGuard({ stallSeconds: opts.playerStallSeconds, maxUnsentBytes: opts.playerMaxUnsentBytes })
  }

  async start() {
    await assertPortFree(this.opts.rtmpPort, this.opts.rtmpHost)
    if (this.opts.flvPort) {
      await assertPortFree(this.opts.flvPort, this.opts.rtmpHost, ["HTTP-FLV", "LIVE_FLV_PORT"])
    }
    const log = (level: "debug" | "warn" | "error") => (message: string) => this.hooks.log(level, message)
    this.nms = this.createRtmpServer(
      { host: this.opts.rtmpHost, rtmpPort: this.opts.rtmpPort, flvPort: this.opts.flvPort, dataDir: join(this.opts.mediaDir, ".nms") },
      { debug: log("debug"), warn: log("warn"), error: log("error") }
    )
    this.listen("prePublish", (s) => this.guard(() => this.prePublish(s)))
    this.listen("postPublish", (s) => this.guard(() => this.postPublish(s)))
    // Synchronous: an HTTP-FLV player must get its 404 before node-media-server answers 200.
    this.listen("prePlay", (s) => this.guard(() => this.prePlay(s), true))
    await this.nms.run()
    tidyFlvResponses(this.nms.flvHttpServer)
    this.guardTimer = setInterval(() => this.guard(() => (this.sweepPlayers(), this.notePublisherInput())), 1000)
    this.guardTimer.unref()
  }

  /**
   * The RTMP server's events may outlive an instance (node-media-server's do): listeners are
   * removed on stop, or a restarted ingest would be judged by the old one's.
   */
  private listen(event: RtmpEvent, listener: (s: Session) => unknown) {
    this.nms!.on(event, listener)
    this.listeners.push([event, listener])
  }

  async stop() {
    for (const [event, listener] of this.listeners.splice(0)) {
      this.nms?.off(event, listener)
    }
    for (const timer of this.endTimers.values()) {
      clearTimeout(timer)
    }
    clearInterval(this.guardTimer ?? undefined)
    // Forgotten first, so neither a closing publisher nor an exiting recorder acts on them.
    const recorders = [...this.recorders.values()]
    this.recorders.clear()
    this.publishers.clear()
    await Promise.all(recorders.map((r) => r.finish(2000)))
    this.nms?.stop()
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
    if (session.streamApp !== "live" || !this.publishers.has(session.streamName) || this.ending.has(session.streamName)) {
      return refusePlayer(session, `Stream ${session.streamName} is not live`)
    }
  }

  /** Drops HTTP-FLV players that stopped reading (our recorder plays RTMP, so is never one). */
  private sweepPlayers() {
    const players = (this.nms?.sessions() ?? [])
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
      return this.secondPublisher(session)
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
    this.publishers.set(streamId, session)
    this.lastInput.set(streamId, { bytes: -1, at: Date.now() })
    connectionOf(session)?.once("close", () => this.guard(() => this.publisherLeft(streamId, session)))
    // The media of an earlier publish (before a drop) must not open the new recording.
    this.nms?.clearGopCache(session.streamPath)
    if (!this.recorders.has(streamId)) {
      await this.stopping.get(streamId)
      this.record(streamId, session.streamPath)
    }
    await this.hooks.started(streamId)
  }

  private notePublisherInput(now = Date.now()) {
    for (const [streamId, session] of this.publishers) {
      const bytes = session.inBytes ?? 0
      if (this.lastInput.get(streamId)?.bytes !== bytes) {
        this.lastInput.set(streamId, { bytes, at: now })
      }
    }
  }

  /**
   * A second publisher was refused. The live one goes on, unless it has been silent for a while and
   * the newcomer holds the key: then it is the encoder reconnecting while its old connection is
   * half-open, and that connection is closed so the encoder's next attempt resumes the stream.
   */
  private async secondPublisher(session: Session) {
    const streamId = session.streamName
    const input = this.lastInput.get(streamId)
    const silentMs = input ? Date.now() - input.at : 0
    const live = this.publishers.get(streamId)
    if (!live || silentMs < SILENT_PUBLISHER_MS || !(await this.hooks.authorize(streamId, session.streamQuery?.key)).ok) {
      this.hooks.log("warn", `Ingest: refused a second publisher of ${session.streamPath} from ${session.ip}; the live one continues`)
      return
    }
    this.hooks.log(
      "warn",
      `Ingest: the publisher of ${session.streamPath} sent nothing for ${Math.round(silentMs / 1000)} s and its key is back; closing the old connection`
    )
    dropSession(live)
  }

  /** Whether the RTMP server holds `session` as its stream's publisher (not refused as a duplicate). */
  private isPublisherOf(session: Session) {
    return !!this.nms?.isPublisher(session)
  }

  /**
   * Records the stream to HLS, continuing its playlist if it has one. A recorder that dies while
   * the encoder is live is started again (the playlist goes on after a discontinuity); one that
   * keeps dying ends the stream, so it never stays live with a frozen playlist.
   */
  private record(streamId: string, streamPath: string) {
    if (this.recorders.has(streamId) || this.ending.has(streamId)) {
      return
    }
    const recorder: HlsRecorder = new HlsRecorder(
      { ...this.opts, onExit: (code) => this.guard(() => this.recorderExited(streamId, streamPath, recorder, code)) },
      streamId
    )
    this.recorders.set(streamId, recorder)
    recorder.start(`rtmp://127.0.0.1:${this.opts.rtmpPort}${streamPath}?recorder=${this.recorderToken}`)
  }

  private async recorderExited(streamId: string, streamPath: string, recorder: HlsRecorder, code: number | null) {
    if (this.recorders.get(streamId) !== recorder) {
      // Stopped on purpose.
      return
    }
    this.recorders.delete(streamId)
    const now = Date.now()
    const recent = (this.recorderDeaths.get(streamId) ?? []).filter((t) => now - t < 60_000).concat(now)
    this.recorderDeaths.set(streamId, recent)
    if (!this.publishers.has(streamId)) {
      return
    }
    if (recent.length > 3) {
      this.hooks.log("error", `Ingest: the HLS recorder of ${streamId} keeps failing (exit ${code}); ending the stream`)
      return this.end(streamId, streamPath)
    }
    this.hooks.log("warn", `Ingest: the HLS recorder of ${streamId} stopped (exit ${code}); recording again`)
    this.record(streamId, streamPath)
  }

  /**
   * Stops a stream's recorder: its input is closed so ffmpeg writes a complete playlist. Resolves
   * when ffmpeg is gone (also for a stop already under way).
   */
  private stopRecorder(streamId: string, streamPath: string): Promise<void> {
    const recorder = this.recorders.get(streamId)
    if (!recorder) {
      return this.stopping.get(streamId) ?? Promise.resolve()
    }
    this.recorders.delete(streamId)
    const ours = (this.nms?.players(streamPath) ?? []).filter((s) => s.streamQuery?.recorder === this.recorderToken)
    ours.forEach((s) => s.close?.())
    // A recorder that has not connected yet would wait for a publisher forever: stop it at once.
    const done = recorder.finish(ours.length ? 5000 : 0)
    this.stopping.set(streamId, done)
    void done.then(() => this.stopping.get(streamId) === done && this.stopping.delete(streamId))
    return done
  }

  private playlistOf(streamId: string) {
    return join(this.opts.mediaDir, streamId, "index.m3u8")
  }

  /**
   * The encoder left: the recording pauses and the stream is interrupted; unless the encoder
   * returns within the grace period, the stream ends with its replay.
   */
  private async publisherLeft(streamId: string, session: Session) {
    if (this.publishers.get(streamId) !== session || this.ending.has(streamId)) {
      return
    }
    this.publishers.delete(streamId)
    this.lastInput.delete(streamId)
    this.awaitReturn(streamId, session.streamPath)
    await this.stopRecorder(streamId, session.streamPath)
    if (!this.publishers.has(streamId) && !this.ending.has(streamId)) {
      await this.hooks.interrupted(streamId)
    }
  }

  /** Ends the stream when no encoder publishes it within the grace period. */
  private awaitReturn(streamId: string, streamPath = `/live/${streamId}`) {
    clearTimeout(this.endTimers.get(streamId))
    this.endTimers.set(
      streamId,
      setTimeout(() => this.guard(() => this.end(streamId, streamPath)), this.opts.reconnectGraceSeconds * 1000)
    )
  }

  /**
   * A stream left live by an ingest that stopped (the server restarted): it is interrupted, and
   * ends with its replay unless its encoder reconnects within the grace period.
   */
  async adopt(streamId: string) {
    if (this.publishers.has(streamId) || this.endTimers.has(streamId)) {
      return
    }
    this.awaitReturn(streamId)
    // Recordings made before ffmpeg was told to omit the end tag may carry one.
    markPlaylist(this.playlistOf(streamId), false)
    await this.hooks.interrupted(streamId)
  }

  /** Ends a stream now: the encoder is cut off, and the replay is finished (#EXT-X-ENDLIST). */
  async end(streamId: string, streamPath = `/live/${streamId}`) {
    this.ending.add(streamId)
    clearTimeout(this.endTimers.get(streamId))
    this.endTimers.delete(streamId)
    this.recorderDeaths.delete(streamId)
    const publisher = this.publishers.get(streamId)
    this.publishers.delete(streamId)
    this.lastInput.delete(streamId)
    if (publisher) {
      dropSession(publisher)
    }
    const stopped = this.stopRecorder(streamId, streamPath)
    this.nms?.players(streamPath).forEach((s) => s.close?.())
    await stopped
    const playlist = this.playlistOf(streamId)
    markPlaylist(playlist, true)
    await this.hooks.ended(streamId, existsSync(playlist))
  }
}
