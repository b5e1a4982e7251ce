import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { IngestServer, nodeMediaServer } from "../../../providers/ingest"
import { LiveStreamEvents } from "../../../events"
import { isOnAir, ON_AIR_STATUSES } from "../on-air"
import { deferred, type Deferred } from "../deferred"
import type { LiveStreamingOptions, LiveStreams, Resolver } from "../types"
import { listenForControl } from "./control"
import { finishReplays, forgetMissingReplays } from "./replays"
import { listVendors } from "@broadcart/plugin-marketplace"

/** The RTMP ingest of this process, wired to the module's streams. */
export class LiveIngest {
  private stopListening: (() => void) | null = null

  constructor(
    private readonly server: IngestServer,
    private readonly container: Resolver,
    private readonly options: LiveStreamingOptions,
    private readonly streams: Deferred<LiveStreams>
  ) {}

  /** HTTP-FLV players, and those dropped for not reading. */
  get players() {
    return this.server.players
  }

  /** Ends a stream now: the encoder is cut off and the replay finished. */
  end(streamId: string) {
    return this.server.end(streamId)
  }

  /**
   * Hands the ingest the module's streams once the app has started (publishes wait until then).
   * Streams left live when an ingest stopped (the server restarted) wait for their encoders to return,
   * replays are checked, and API servers without ingest may ask this one to end streams.
   */
  async attach(service: LiveStreams) {
    this.streams.resolve(service)
    const logger = this.container.resolve(ContainerRegistrationKeys.LOGGER)
    const o = this.options
    const orphans = await service.listLiveStreams({ status: ON_AIR_STATUSES }, { select: ["id"] })
    for (const { id } of orphans) {
      await this.server.adopt(id)
    }
    const unfinished = await finishReplays(service)
    if (unfinished.length) {
      logger.warn(`Live replays: ${unfinished.length} had no #EXT-X-ENDLIST and are now complete (${unfinished.join(", ")})`)
    }
    const missing = await forgetMissingReplays(service)
    if (missing.length) {
      logger.warn(`Live replays: ${missing.length} had no playlist in ${o.mediaDir} and are no longer offered (${missing.join(", ")})`)
    }
    if (o.realtimeRedisUrl) {
      const prefix = this.container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.redisPrefix ?? "broadcart:"
      this.stopListening = listenForControl(o.realtimeRedisUrl, prefix, (id) => this.server.end(id))
    }
    const flv = o.flv ? `, HTTP-FLV on ${o.rtmpHost}:${o.flvPort}` : ""
    logger.info(`Live ingest: RTMP on ${o.rtmpHost}:${o.rtmpPort}${flv}, media in ${o.mediaDir}`)
  }

  async stop() {
    this.stopListening?.()
    await this.server.stop()
  }
}

/**
 * Starts RTMP ingest in this process. `container` resolves the app's logger, event bus and Query
 * (the module's container, or the app's); `streams`, when given, is attached at once.
 */
export async function startIngest(container: Resolver, options: LiveStreamingOptions, streams?: LiveStreams): Promise<LiveIngest> {
  // Resolved at each use: the app may register its own logger after modules load (the test runner does).
  const logger = () => container.resolve(ContainerRegistrationKeys.LOGGER)
  const emit = (name: string, data: Record<string, unknown>) => container.resolve(Modules.EVENT_BUS).emit({ name, data })
  const attached = deferred<LiveStreams>()
  const o = options
  const server = new IngestServer(
    {
      rtmpPort: o.rtmpPort,
      rtmpHost: o.rtmpHost,
      mediaDir: o.mediaDir,
      ffmpegPath: o.ffmpegPath,
      segmentSeconds: o.segmentSeconds,
      reconnectGraceSeconds: o.reconnectGraceSeconds,
      flvPort: o.flv ? o.flvPort : null,
      playerStallSeconds: o.playerStallSeconds,
      playerMaxUnsentBytes: o.playerMaxUnsentBytes,
    },
    {
      authorize: async (streamId, key) => {
        const service = await attached.promise
        const [stream] = await service.listLiveStreams({ id: streamId })
        if (!stream || !service.keyMatches(stream, key)) {
          return { ok: false, reason: "unknown stream or wrong key" }
        }
        if (stream.status !== "scheduled" && !isOnAir(stream.status)) {
          return { ok: false, reason: `stream is ${stream.status}` }
        }
        const [vendor] = await listVendors(container, { id: stream.vendor_id }, ["status"])
        return vendor?.status === "active" ? { ok: true } : { ok: false, reason: "vendor is not active" }
      },
      started: async (streamId) => {
        const service = await attached.promise
        const [stream] = await service.listLiveStreams({ id: streamId })
        if (stream.status === "live") {
          return
        }
        await service.updateLiveStreams({ id: streamId, status: "live", started_at: stream.started_at ?? new Date() })
        service.live?.status(streamId, "live")
        await emit(stream.status === "interrupted" ? LiveStreamEvents.RESUMED : LiveStreamEvents.STARTED, { id: streamId, vendor_id: stream.vendor_id })
      },
      interrupted: async (streamId) => {
        const service = await attached.promise
        const [stream] = await service.listLiveStreams({ id: streamId })
        if (!stream || stream.status !== "live") {
          return
        }
        await service.updateLiveStreams({ id: streamId, status: "interrupted" })
        service.live?.status(streamId, "interrupted")
        await emit(LiveStreamEvents.INTERRUPTED, { id: streamId, vendor_id: stream.vendor_id })
      },
      ended: async (streamId, replay) => {
        const service = await attached.promise
        const [stream] = await service.listLiveStreams({ id: streamId })
        if (!stream || stream.status === "ended") {
          return
        }
        await service.updateLiveStreams({ id: streamId, status: "ended", ended_at: new Date(), has_replay: replay, current_viewers: 0 })
        service.live?.status(streamId, "ended")
        await emit(LiveStreamEvents.ENDED, { id: streamId, vendor_id: stream.vendor_id, has_replay: replay })
      },
      log: (level, message) => logger()[level](message),
    },
    nodeMediaServer
  )
  await server.start()
  const ingest = new LiveIngest(server, container, options, attached)
  if (streams) {
    await ingest.attach(streams)
  }
  return ingest
}
