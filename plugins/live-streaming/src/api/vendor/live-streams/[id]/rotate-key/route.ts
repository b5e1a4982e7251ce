import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { forVendor } from "../../../../serialize"
import { ownStream } from "../../own-stream"

/**
 * Issues a new stream key (shown once). The old key stops working: a live stream published with it
 * is cut off and ended at once, with its replay.
 */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { service, stream } = await ownStream(req)
  if (stream.status === "ended" || stream.status === "cancelled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Live stream is ${stream.status}`)
  }
  const { key, ...fields } = service.newStreamKey()
  const updated = await service.updateLiveStreams({ id: stream.id, ...fields })
  if (stream.status !== "live") {
    return res.json({ live_stream: forVendor(service, updated, key) })
  }
  await service.requestEnd(stream.id)
  const { stream: fresh } = await ownStream(req)
  res.json({ live_stream: forVendor(service, fresh, key) })
}
