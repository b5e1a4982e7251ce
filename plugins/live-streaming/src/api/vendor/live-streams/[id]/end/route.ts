import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { forVendor } from "../../../../serialize"
import { ownStream } from "../../own-stream"
import { isOnAir } from "../../../../../modules/live-streaming/on-air"

/** Ends a live (or interrupted) stream now: the encoder is disconnected and the replay is finished. */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { service, stream } = await ownStream(req)
  if (!isOnAir(stream.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only live streams can be ended; this one is ${stream.status}`)
  }
  await service.requestEnd(stream.id)
  const { stream: fresh } = await ownStream(req)
  res.json({ live_stream: forVendor(service, fresh) })
}
