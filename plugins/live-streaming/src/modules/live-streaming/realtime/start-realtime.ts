import { ContainerRegistrationKeys, Modules, parseCorsOrigins } from "@medusajs/framework/utils"
import { startRealtime, type Realtime } from "@broadcart/core/realtime"
import { vendorOfMember } from "@broadcart/plugin-marketplace"
import type TimeSeriesModuleService from "@broadcart/time-series/service"
import { registerLiveNamespace } from "./live-namespace"
import { memoryState, redisState } from "./state"
import { memoryPresence, redisPresence } from "./presence"
import type { ChatMessage } from "./chat-message"
import { isOnAir } from "../on-air"
import { deferred } from "../deferred"
import type { LiveStreamingOptions, LiveStreams, Resolver } from "../types"

/** Remembers answers for a few seconds, so chat does not query the database per message. */
function cached<T>(ttlMs: number, load: (key: string) => Promise<T>) {
  const entries = new Map<string, { value: Promise<T>; until: number }>()
  return (key: string) => {
    const hit = entries.get(key)
    if (hit && hit.until > Date.now()) {
      return hit.value
    }
    if (entries.size > 10_000) {
      entries.clear()
    }
    const value = load(key)
    entries.set(key, { value, until: Date.now() + ttlMs })
    return value
  }
}

export type LiveRealtime = {
  realtime: Realtime
  /** Hands the node the module's streams once the app has started (stream lookups wait until then). */
  attach(streams: LiveStreams): void
  pinned(streamId: string, product: Record<string, unknown> | null): void
  status(streamId: string, status: string): void
  stop(): Promise<void>
}

/**
 * Starts the socket.io server of this node with the `/live` namespace (chat, viewers, pins).
 * `container` resolves the app's config, logger, event bus, Query and time-series module (the
 * module's container, or the app's); `streams`, when given, is attached at once.
 */
export async function startLiveRealtime(
  container: Resolver,
  options: LiveStreamingOptions,
  { port = options.realtimePort, streams }: { port?: number; streams?: LiveStreams } = {}
): Promise<LiveRealtime> {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  // Resolved at each use: the app may register its own logger after modules load (the test runner does).
  const logger = () => container.resolve(ContainerRegistrationKeys.LOGGER)
  const timeSeries = () => container.resolve("timeSeries") as TimeSeriesModuleService
  const attached = deferred<LiveStreams>()
  const service = () => attached.promise
  const prefix = config.projectConfig.redisPrefix ?? "broadcart:"
  const realtime = await startRealtime({
    port,
    redisUrl: options.realtimeRedisUrl,
    redisPrefix: prefix,
    jwtSecret: String(config.projectConfig.http.jwtSecret),
    corsOrigins: parseCorsOrigins(options.realtimeCors),
  })
  const one = async (entity: string, fields: string[], id: string) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    return (await query.graph({ entity, fields, filters: { id } })).data[0] as any
  }
  const live = registerLiveNamespace(realtime.io.of("/live"), {
    state: realtime.redis ? redisState(realtime.redis, prefix) : memoryState(),
    presence: realtime.redis
      ? redisPresence(realtime.redis, prefix, options.viewerExpirySeconds * 1000, (e) => logger().warn(`Live viewer presence not written: ${e.message}`))
      : memoryPresence(),
    jwtSecret: String(config.projectConfig.http.jwtSecret),
    stream: cached(2000, async (id) => (await (await service()).listLiveStreams({ id }, { select: ["id", "vendor_id", "status"] }))[0] ?? null),
    vendorOfMember: cached(30_000, async (id) => (await vendorOfMember(container, id))?.id ?? null),
    displayName: async (user) =>
      user.actor_type === "vendor"
        ? ((await vendorOfMember(container, user.actor_id))?.name ?? "Host")
        : ((c) => (c ? `${c.first_name ?? ""} ${(c.last_name ?? "").slice(0, 1)}`.trim() || "Shopper" : "Shopper"))(
            await one("customer", ["first_name", "last_name"], user.actor_id)
          ),
    pinned: async (streamId) => {
      const [pin] = await (await service()).listLiveStreamProducts({ stream_id: streamId, pinned_at: { $ne: null } })
      return pin ? ((await one("product", ["id", "title", "handle", "thumbnail"], pin.product_id)) ?? null) : null
    },
    history: async (streamId, limit) => (await timeSeries().recent(`chat:${streamId}`, limit)).reverse().map((i) => i.data as ChatMessage),
    persist: (m) => timeSeries().recordFeed([{ feed: `chat:${m.stream_id}`, id: m.id, ts: new Date(m.ts), data: m }]),
    count: (streamId, name) => timeSeries().count([{ entity: `stream:${streamId}`, name, by: 1 }]),
    sampleViewers: async (id, _vendor, current, peak) => {
      const streams = await service()
      const [stream] = await streams.listLiveStreams({ id }, { select: ["id", "status", "peak_viewers"] })
      if (!stream) {
        return
      }
      // Viewers of a stream that is no longer on air (still on its page) are not its audience.
      const onAir = isOnAir(stream.status)
      await streams.updateLiveStreams({
        id,
        current_viewers: onAir ? current : 0,
        peak_viewers: onAir ? Math.max(peak, stream.peak_viewers ?? 0) : stream.peak_viewers,
      })
    },
    emit: (name, data) => container.resolve(Modules.EVENT_BUS).emit({ name, data }),
    viewerPushMs: options.viewerPushSeconds * 1000,
    warn: (message) => logger().warn(message),
  })
  if (streams) {
    attached.resolve(streams)
  }
  return {
    realtime,
    attach: (streams) => attached.resolve(streams),
    pinned: live.pinned,
    status: live.status,
    stop: async () => {
      await live.stop()
      await realtime.close()
    },
  }
}
