import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { endLiveStreamWorkflow } from "../../../../../workflows/end-live-stream"
import { forVendor, ownStream } from "../../helpers"

/** Ends a live (or interrupted) stream now: the encoder is disconnected and the replay is finished. */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { stream } = await ownStream(req)
  await endLiveStreamWorkflow(req.scope).run({ input: { id: stream.id } })
  const { service, stream: fresh } = await ownStream(req)
  res.json({ live_stream: forVendor(service, fresh) })
}
