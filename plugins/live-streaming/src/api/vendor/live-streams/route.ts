import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { LIVE_STREAMING_MODULE } from "../../../modules/live-streaming"
import type LiveStreamingModuleService from "../../../modules/live-streaming/service"
import { saveLiveStreamWorkflow } from "../../../workflows/save-live-stream"
import { forVendor } from "./helpers"
import { retrieveVendorStreamQueryConfig } from "./query-config"

/** The vendor's streams, newest first. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as { limit: number; offset: number; status?: string | string[] }
  const service: LiveStreamingModuleService = req.scope.resolve(LIVE_STREAMING_MODULE)
  const [streams, count] = await service.listAndCountLiveStreams({ vendor_id: req.vendor.vendor_id, ...(status ? { status } : {}) } as any, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
    relations: ["products"],
  })
  res.json({ live_streams: streams.map((s) => forVendor(service, s)), count, limit, offset })
}

/** Creates a stream; the answer holds its stream key, shown this once. */
export async function POST(req: VendorRequest<Record<string, any>>, res: MedusaResponse) {
  const { result } = await saveLiveStreamWorkflow(req.scope).run({ input: { ...req.validatedBody, vendor_id: req.vendor.vendor_id } })
  const service: LiveStreamingModuleService = req.scope.resolve(LIVE_STREAMING_MODULE)
  const [stream] = await service.listLiveStreams(
    { id: result.stream.id },
    { select: retrieveVendorStreamQueryConfig.defaults.filter((f) => !f.includes(".")) as any, relations: ["products"] }
  )
  res.status(201).json({ live_stream: forVendor(service, stream, result.stream_key) })
}
