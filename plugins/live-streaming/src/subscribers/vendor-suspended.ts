import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VendorEvents, type VendorEventData } from "@broadcart/plugin-marketplace"
import { LIVE_STREAMING_MODULE } from "../modules/live-streaming"
import type LiveStreamingModuleService from "../modules/live-streaming/service"
import { ON_AIR_STATUSES } from "../modules/live-streaming/on-air"
import { endLiveStreamWorkflow } from "../workflows/end-live-stream"

/** A suspended vendor's live streams end at once: the encoder is cut off and the replay is kept (not served while suspended). */
export default async function endSuspendedVendorStreams({ event, container }: SubscriberArgs<VendorEventData>) {
  const service: LiveStreamingModuleService = container.resolve(LIVE_STREAMING_MODULE)
  // Interrupted streams too: their encoder must not come back for a suspended vendor.
  const live = await service.listLiveStreams({ vendor_id: event.data.id, status: ON_AIR_STATUSES } as any, { select: ["id"] })
  const results = await Promise.allSettled(live.map((s) => endLiveStreamWorkflow(container).run({ input: { id: s.id } })))
  const failed = results.flatMap((r, i) => (r.status === "rejected" ? [`${live[i].id}: ${(r.reason as Error)?.message ?? r.reason}`] : []))
  if (failed.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Live streams of suspended vendor ${event.data.id} did not end: ${failed.join("; ")}`)
  }
}

export const config: SubscriberConfig = { event: VendorEvents.SUSPENDED }
