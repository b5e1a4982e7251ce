import { rm } from "node:fs/promises"
import { join, resolve } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LIVE_STREAMING_MODULE } from "../modules/live-streaming"
import type LiveStreamingModuleService from "../modules/live-streaming/service"

/** Deletes the segments of replays older than the retention period, hourly. */
export default async function expireReplays(container: MedusaContainer) {
  const service: LiveStreamingModuleService = container.resolve(LIVE_STREAMING_MODULE)
  const cutoff = new Date(Date.now() - service.options.replayRetentionDays * 86_400_000)
  const expired = await service.listLiveStreams({ status: "ended", has_replay: true, ended_at: { $lt: cutoff } } as any, { take: 500 })
  for (const stream of expired) {
    await rm(join(resolve(service.options.mediaDir), stream.id), { recursive: true, force: true })
    await service.updateLiveStreams({ id: stream.id, has_replay: false })
  }
  if (expired.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Live replays: removed ${expired.length} past ${service.options.replayRetentionDays} days`)
  }
}

export const config = { name: "expire-live-replays", schedule: "17 * * * *" }
