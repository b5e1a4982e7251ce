import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LIVE_STREAMING_MODULE } from "../../../modules/live-streaming"
import type LiveStreamingModuleService from "../../../modules/live-streaming/service"
import { forStore } from "../../serialize"
import { publicStreamFields } from "../../query-config"

/** All streams across vendors, newest first, filterable by status and vendor. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status, vendor_id } = req.validatedQuery as any
  const service: LiveStreamingModuleService = req.scope.resolve(LIVE_STREAMING_MODULE)
  const [streams, count] = await service.listAndCountLiveStreams(
    { ...(status ? { status } : {}), ...(vendor_id ? { vendor_id } : {}) } as any,
    { select: publicStreamFields as any, take: limit, skip: offset, order: { created_at: "DESC" } }
  )
  res.json({ live_streams: streams.map((s) => forStore(service, s)), count, limit, offset })
}
