import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "@broadcart/core"
import { forVendor } from "../../../../serialize"
import { ownStream } from "../../own-stream"

/** Issues a new stream key (shown once); the old one stops working for new publishes. */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { service, stream } = await ownStream(req)
  if (stream.status === "ended" || stream.status === "cancelled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Live stream is ${stream.status}`)
  }
  const { key, ...fields } = service.newStreamKey()
  const updated = await service.updateLiveStreams({ id: stream.id, ...fields })
  res.json({ live_stream: forVendor(service, updated, key) })
}
