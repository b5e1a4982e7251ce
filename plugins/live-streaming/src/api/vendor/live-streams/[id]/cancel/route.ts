import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { cancelLiveStreamWorkflow } from "../../../../../workflows/cancel-live-stream"
import { forVendor, ownStream } from "../../helpers"

/** Cancels a scheduled stream; its key stops working. */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { stream } = await ownStream(req)
  await cancelLiveStreamWorkflow(req.scope).run({ input: { id: stream.id } })
  const { service, stream: fresh } = await ownStream(req)
  res.json({ live_stream: forVendor(service, fresh) })
}
