import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCachedJson } from "@broadcart/core/http"
import { listVendorIds } from "@broadcart/plugin-marketplace"
import { LIVE_STREAMING_MODULE } from "../../../modules/live-streaming"
import type LiveStreamingModuleService from "../../../modules/live-streaming/service"
import { forStore } from "./helpers"
import { ON_AIR_STATUSES } from "../../../modules/live-streaming/on-air"

type ListQuery = { limit: number; offset: number; status: "live" | "scheduled" | "ended"; vendor_id?: string }

/**
 * Streams of active vendors: live now (most watched first), upcoming (soonest first) or replays
 * (newest first). Cached until any stream or vendor changes.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendCachedJson(req, res, { tags: ["LiveStream:list:*", "Vendor:list:*"] }, () => listStreams(req))
}

async function listStreams(req: MedusaRequest) {
  const { limit, offset, status, vendor_id } = req.validatedQuery as unknown as ListQuery
  const vendorIds = await listVendorIds(req.scope, { status: "active", ...(vendor_id ? { id: vendor_id } : {}) })
  const order = status === "live" ? { current_viewers: "DESC" } : status === "scheduled" ? { scheduled_at: "ASC" } : { ended_at: "DESC" }
  const service: LiveStreamingModuleService = req.scope.resolve(LIVE_STREAMING_MODULE)
  const [streams, count] = await service.listAndCountLiveStreams(
    // Interrupted streams are still on: their encoder may return at any moment.
    { status: status === "live" ? ON_AIR_STATUSES : status, vendor_id: vendorIds, ...(status === "ended" ? { has_replay: true } : {}) } as any,
    { select: req.queryConfig.fields as any, take: limit, skip: offset, order: order as any }
  )
  return { live_streams: streams.map((s) => forStore(service, s)), count, limit, offset }
}
