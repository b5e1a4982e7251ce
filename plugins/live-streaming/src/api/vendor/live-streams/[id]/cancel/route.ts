import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { forVendor } from "../../../../serialize"
import { ownStream } from "../../own-stream"

/** Cancels a scheduled stream; its key stops working. */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { service, stream } = await ownStream(req)
  if (stream.status !== "scheduled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only scheduled streams can be cancelled; this one is ${stream.status}`)
  }
  const updated = await service.updateLiveStreams({ id: stream.id, status: "cancelled" })
  res.json({ live_stream: forVendor(service, updated) })
}
