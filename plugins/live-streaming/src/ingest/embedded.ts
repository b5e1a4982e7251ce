import { container } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { listVendors } from "@broadcart/plugin-marketplace"
import { LiveStreamEvents } from "../events"
import { IngestServer } from "./ingest-server"
import { listenForControl } from "./control"
import { finishReplays, forgetMissingReplays } from "./missing-replays"
import { routeNmsLogs } from "./nms-logs"
import type LiveStreamingModuleService from "../modules/live-streaming/service"
import { isOnAir, ON_AIR_STATUSES } from "../modules/live-streaming/on-air"

/** Starts RTMP ingest in this process, wired to the live-streaming module and the app. */
export async function startEmbeddedIngest(service: LiveStreamingModuleService): Promise<IngestServer> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const emit = (name: string, data: Record<string, unknown>) => container.resolve(Modules.EVENT_BUS).emit({ name, data })
  const o = service.options
  const ingest = new IngestServer(
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
        const [stream] = await service.listLiveStreams({ id: streamId })
        if (stream.status === "live") {
          return
        }
        await service.updateLiveStreams({ id: streamId, status: "live", started_at: stream.started_at ?? new Date() })
        service.live?.status(streamId, "live")
        await emit(stream.status === "interrupted" ? LiveStreamEvents.RESUMED : LiveStreamEvents.STARTED, { id: streamId, vendor_id: stream.vendor_id })
      },
      interrupted: async (streamId) => {
        const [stream] = await service.listLiveStreams({ id: streamId })
        if (!stream || stream.status !== "live") {
          return
        }
        await service.updateLiveStreams({ id: streamId, status: "interrupted" })
        service.live?.status(streamId, "interrupted")
        await emit(LiveStreamEvents.INTERRUPTED, { id: streamId, vendor_id: stream.vendor_id })
      },
      ended: async (streamId, replay) => {
        const [stream] = await service.listLiveStreams({ id: streamId })
        if (!stream || stream.status === "ended") {
          return
        }
        await service.updateLiveStreams({ id: streamId, status: "ended", ended_at: new Date(), has_replay: replay, current_viewers: 0 })
        service.live?.status(streamId, "ended")
        await emit(LiveStreamEvents.ENDED, { id: streamId, vendor_id: stream.vendor_id, has_replay: replay })
      },
      log: (level, message) => logger[level](message),
    }
  )
  routeNmsLogs(logger)
  await ingest.start()
  // Streams live when this ingest stopped (the server restarted) wait for their encoders to return.
  const orphans = await service.listLiveStreams({ status: ON_AIR_STATUSES } as any, { select: ["id"] })
  for (const { id } of orphans) {
    await ingest.adopt(id)
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
    // API servers without ingest ask this process to end streams through Redis.
    const prefix = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.redisPrefix ?? "broadcart:"
    const stopListening = listenForControl(o.realtimeRedisUrl, prefix, (id) => ingest.end(id))
    const stop = ingest.stop.bind(ingest)
    ingest.stop = async () => {
      stopListening()
      await stop()
    }
  }
  const flv = o.flv ? `, HTTP-FLV on ${o.rtmpHost}:${o.flvPort}` : ""
  logger.info(`Live ingest: RTMP on ${o.rtmpHost}:${o.rtmpPort}${flv}, media in ${o.mediaDir}`)
  return ingest
}
