import { MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { LIVE_STREAMING_MODULE } from "../../../modules/live-streaming"
import type LiveStreamingModuleService from "../../../modules/live-streaming/service"

/** The signed-in vendor's stream `:id`, or NOT_FOUND (also for another vendor's stream). */
export async function ownStream(req: VendorRequest) {
  const service: LiveStreamingModuleService = req.scope.resolve(LIVE_STREAMING_MODULE)
  const [stream] = await service.listLiveStreams({ id: req.params.id, vendor_id: req.vendor.vendor_id }, { relations: ["products"] })
  if (!stream) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Live stream ${req.params.id} not found`)
  }
  return { service, stream }
}

/** A stream as its vendor sees it: ingest settings (the key only when just issued) and playback. */
export function forVendor(service: LiveStreamingModuleService, stream: Record<string, any>, key?: string | null) {
  const { stream_key_hash, ...rest } = stream
  return {
    ...rest,
    ingest: service.ingestFor(stream.id, key ?? undefined),
    ...(key ? { stream_key: key } : {}),
    playback_url: service.playbackUrl(stream.id),
    flv_url: service.flvUrl(stream.id),
  }
}
