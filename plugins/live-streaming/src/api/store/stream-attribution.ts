import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LIVE_STREAMING_MODULE } from "../../modules/live-streaming"
import type LiveStreamingModuleService from "../../modules/live-streaming/service"

/**
 * A line added from a stream carries `metadata.stream_id`, which credits the sale to the stream
 * (analytics). The id must name a live or ended stream; anything else is refused with 400.
 */
export async function checkStreamAttribution(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const streamId = (req.body as any)?.metadata?.stream_id
  if (streamId === undefined) {
    return next()
  }
  const service: LiveStreamingModuleService = req.scope.resolve(LIVE_STREAMING_MODULE)
  const [stream] = typeof streamId === "string" && streamId ? await service.listLiveStreams({ id: streamId }, { select: ["id", "status"] }) : []
  if (!stream || (stream.status !== "live" && stream.status !== "ended")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Field 'metadata.stream_id' names no live stream: ${String(streamId).slice(0, 60)}`)
  }
  next()
}
