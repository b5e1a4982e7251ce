import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { rotateLiveStreamKeyWorkflow } from "../../../../../workflows/rotate-live-stream-key"
import { forVendor, ownStream } from "../../helpers"

/**
 * Issues a new stream key (shown once). The old key stops working: a live stream published with it
 * is cut off and ended at once, with its replay.
 */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { stream } = await ownStream(req)
  const { result } = await rotateLiveStreamKeyWorkflow(req.scope).run({ input: { id: stream.id } })
  const { service, stream: fresh } = await ownStream(req)
  res.json({ live_stream: forVendor(service, fresh, result.stream_key) })
}
