import { createHash, randomBytes, timingSafeEqual } from "node:crypto"
import type { ConfigModule } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { parseModuleOptions } from "@broadcart/core/options"
import optionsDefinition from "../../options"
import { LiveStream, LiveStreamProduct } from "./models/live-stream"

import { isOnAir } from "./on-air"
import { publishEnd } from "./ingest/control"
import type { LiveIngest } from "./ingest/start-ingest"
import type { LiveRealtime } from "./realtime/start-realtime"
import type { LiveStreamingOptions } from "./types"

export type { LiveStreamingOptions } from "./types"

/** What the module's loaders put in its container for the service. */
type InjectedDependencies = { configModule: ConfigModule; liveIngest: LiveIngest | null; liveRealtime: LiveRealtime | null }

const hash = (key: string) => createHash("sha256").update(key).digest("hex")

/** Live streams, their featured products, and their stream keys. */
export default class LiveStreamingModuleService extends MedusaService({ LiveStream, LiveStreamProduct }) {
  readonly options: LiveStreamingOptions
  /** The RTMP ingest running in this process, if any (started by loaders/ingest.ts). */
  ingest: LiveIngest | null
  /** This node's socket.io server for live chat, viewers and pins, if any (started by loaders/realtime.ts). */
  live: LiveRealtime | null
  private readonly redisPrefix: string

  constructor(container: InjectedDependencies, options?: Record<string, unknown>) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options = parseModuleOptions(optionsDefinition, options ?? {})
    this.ingest = container.liveIngest
    this.live = container.liveRealtime
    this.redisPrefix = container.configModule.projectConfig.redisPrefix ?? "broadcart:"
  }

  __hooks = {
    // The servers started while modules loaded; from now on the app is up and they may use the streams.
    onApplicationStart: async () => {
      this.live?.attach(this)
      await this.ingest?.attach(this)
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
    if (this.options.realtimeRedisUrl && (await publishEnd(this.options.realtimeRedisUrl, this.redisPrefix, streamId)) > 0) {
      for (let i = 0; i < 50; i++) {
        const [stream] = await this.listLiveStreams({ id: streamId }, { select: ["status"] })
        if (!isOnAir(stream?.status)) {
          return true
        }
        await new Promise((r) => setTimeout(r, 100))
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
