import { createHash, randomBytes, timingSafeEqual } from "node:crypto"
import { MedusaService } from "@medusajs/framework/utils"
import { parseModuleOptions } from "@broadcart/core/options"
import optionsDefinition from "../../options"
import type { IngestServer } from "../../ingest/ingest-server"
import type { LiveRealtime } from "../../realtime/embedded"
import { MediaCache } from "../../hls/media-cache"
import { servesTraffic } from "../../serving-process"
import { LiveStream } from "./models/live-stream"
import { LiveStreamProduct } from "./models/live-stream-product"
import { isOnAir } from "./on-air"

export type LiveStreamingOptions = ReturnType<typeof optionsDefinition.schema.parse>

const hash = (key: string) => createHash("sha256").update(key).digest("hex")

/** Live streams, their featured products, and their stream keys. */
export default class LiveStreamingModuleService extends MedusaService({ LiveStream, LiveStreamProduct }) {
  readonly options: LiveStreamingOptions
  /** The RTMP ingest running in this process, if any. */
  ingest: IngestServer | null = null
  /** This node's socket.io server for live chat, viewers and pins, if any. */
  live: LiveRealtime | null = null
  /** HLS files served by this process, in memory. */
  readonly mediaCache: MediaCache
  private readonly workerMode: string
  private readonly logger: { error(message: string): void }

  constructor(container: Record<string, unknown>, options?: Record<string, unknown>) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options = parseModuleOptions(optionsDefinition, options ?? {})
    this.mediaCache = new MediaCache({
      maxBytes: this.options.hlsCacheMb * 1024 * 1024,
      playlistCheckMs: this.options.segmentSeconds * 250,
      liveWindow: this.options.liveWindowSegments,
    })
    this.workerMode = (container as any).configModule?.projectConfig?.workerMode ?? "shared"
    this.logger = (container as any).logger ?? console
  }

  __hooks = {
    // Ingest runs with the HTTP server (shared or server mode), never in workers or one-off CLI commands.
    onApplicationStart: async () => {
      if (!servesTraffic()) {
        return
      }
      if (this.options.ingest === "embedded" && this.workerMode !== "worker") {
        const { startEmbeddedIngest } = require("../../ingest/embedded")
        this.ingest = await startEmbeddedIngest(this).catch((e: Error) => {
          // Medusa swallows hook errors, so say it loudly; the API keeps serving without ingest.
          this.logger.error(`Live ingest did not start: ${e.message}`)
          return null
        })
      }
      if (this.options.realtime && this.workerMode !== "worker") {
        const { startLiveRealtime } = require("../../realtime/embedded")
        this.live = await startLiveRealtime(this).catch((e: Error) => {
          this.logger.error(`Live chat did not start: ${e.message}`)
          return null
        })
      }
    },
    onApplicationShutdown: async () => {
      await this.ingest?.stop()
      await this.live?.stop()
    },
  }

  /** A new stream key and what is stored of it. */
  newStreamKey() {
    const key = `live_${randomBytes(24).toString("base64url")}`
    return { key, stream_key_hash: hash(key), stream_key_hint: key.slice(-4) }
  }

  /** Whether `key` is the stream's current key (constant time). */
  keyMatches(stream: { stream_key_hash: string }, key: unknown) {
    if (typeof key !== "string" || !key) {
      return false
    }
    const a = Buffer.from(hash(key), "hex")
    const b = Buffer.from(stream.stream_key_hash, "hex")
    return a.length === b.length && timingSafeEqual(a, b)
  }

  /** Where an encoder publishes: the server URL and the stream name (the id; the key goes in `?key=`). */
  ingestFor(streamId: string, key?: string) {
    const server = this.options.rtmpPublicUrl.replace(/\/$/, "")
    return { server, stream_name: key ? `${streamId}?key=${key}` : streamId, url: key ? `${server}/${streamId}?key=${key}` : undefined }
  }

  /**
   * Ends a stream on the ingest that carries it: here if this process runs the ingest, otherwise by
   * asking the ingest process through Redis (waiting up to 5 s for it). False when no ingest ended it.
   */
  async endOnIngest(streamId: string): Promise<boolean> {
    if (this.ingest) {
      await this.ingest.end(streamId)
      return true
    }
    if (this.options.realtimeRedisUrl) {
      const { publishEnd } = require("../../ingest/control")
      const { container } = require("@medusajs/framework")
      const prefix = container.resolve("configModule").projectConfig.redisPrefix ?? "broadcart:"
      if ((await publishEnd(this.options.realtimeRedisUrl, prefix, streamId)) > 0) {
        for (let i = 0; i < 50; i++) {
          const [stream] = await this.listLiveStreams({ id: streamId }, { select: ["status"] })
          if (!isOnAir(stream?.status)) {
            return true
          }
          await new Promise((r) => setTimeout(r, 100))
        }
      }
    }
    return false
  }

  /** Low-latency HTTP-FLV URL of a stream while live (`ws://` at the same path for WebSocket-FLV), if offered. */
  flvUrl(streamId: string) {
    return this.options.flv ? `${this.options.flvPublicUrl.replace(/\/$/, "")}/live/${streamId}.flv` : null
  }

  /** Public playback URL of a stream's HLS (live, or the replay once ended). */
  playbackUrl(streamId: string) {
    return `${this.options.publicUrl.replace(/\/$/, "")}/hls/${streamId}/index.m3u8`
  }
}
