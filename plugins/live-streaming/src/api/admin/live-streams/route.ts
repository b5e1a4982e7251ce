import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listVendors } from "@broadcart/plugin-marketplace"
import { LIVE_STREAMING_MODULE } from "../../../modules/live-streaming"
import type LiveStreamingModuleService from "../../../modules/live-streaming/service"
import { forStore } from "../../store/live-streams/helpers"

/** All streams across vendors with their vendor's name, newest first, filterable by status and vendor. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status, vendor_id } = req.validatedQuery as any
  const service: LiveStreamingModuleService = req.scope.resolve(LIVE_STREAMING_MODULE)
  const [streams, count] = await service.listAndCountLiveStreams({ ...(status ? { status } : {}), ...(vendor_id ? { vendor_id } : {}) } as any, {
    select: req.queryConfig.fields as any,
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
  })
  const vendors = streams.length ? await listVendors(req.scope, { id: [...new Set(streams.map((s) => s.vendor_id))] }, ["id", "name", "handle", "status"]) : []
  const byId = new Map(vendors.map((v) => [v.id, v]))
  res.json({ live_streams: streams.map((s) => ({ ...forStore(service, s), vendor: byId.get(s.vendor_id) ?? null })), count, limit, offset })
}
