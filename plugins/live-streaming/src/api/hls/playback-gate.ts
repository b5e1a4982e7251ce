import type { MedusaContainer } from "@medusajs/framework/types"
import { listVendors } from "@broadcart/plugin-marketplace"
import { LIVE_STREAMING_MODULE } from "../../modules/live-streaming"
import type LiveStreamingModuleService from "../../modules/live-streaming/service"

/** How long a stream's verdict is reused: players ask every segment, a suspension shows within this. */
const TTL_MS = 1000
const MAX_ENTRIES = 10_000

const verdicts = new Map<string, { playable: boolean; until: number }>()

/** Whether a stream's HLS may be served: it exists and its vendor is active (not suspended or pending). */
export async function playable(scope: MedusaContainer, streamId: string): Promise<boolean> {
  const now = Date.now()
  const known = verdicts.get(streamId)
  if (known && known.until > now) {
    return known.playable
  }
  const service: LiveStreamingModuleService = scope.resolve(LIVE_STREAMING_MODULE)
  const [stream] = await service.listLiveStreams({ id: streamId }, { select: ["vendor_id"] })
  let verdict = false
  if (stream) {
    const [vendor] = await listVendors(scope, { id: stream.vendor_id }, ["status"])
    verdict = vendor?.status === "active"
  }
  if (verdicts.size >= MAX_ENTRIES) {
    verdicts.clear()
  }
  verdicts.set(streamId, { playable: verdict, until: now + TTL_MS })
  return verdict
}
