import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readPluginOptions } from "@broadcart/core/options"
import optionsDefinition from "../options"
import { LIVE_STREAMING_MODULE } from "../modules/live-streaming"
import type LiveStreamingModuleService from "../modules/live-streaming/service"
import { expireReplaysWorkflow } from "../workflows/expire-replays"

/** Deletes the segments of replays older than the retention period, hourly. */
export default async function expireReplays(container: MedusaContainer) {
  const { replayRetentionDays, mediaDir } = readPluginOptions(container, optionsDefinition)
  const service: LiveStreamingModuleService = container.resolve(LIVE_STREAMING_MODULE)
  const cutoff = new Date(Date.now() - replayRetentionDays * 86_400_000)
  const expired = await service.listLiveStreams({ status: "ended", has_replay: true, ended_at: { $lt: cutoff } } as any, { take: 500, select: ["id"] })
  if (!expired.length) {
    return
  }
  await expireReplaysWorkflow(container).run({ input: { ids: expired.map((s) => s.id), mediaDir } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Live replays: removed ${expired.length} past ${replayRetentionDays} days`)
}

export const config = { name: "expire-live-replays", schedule: "17 * * * *" }
