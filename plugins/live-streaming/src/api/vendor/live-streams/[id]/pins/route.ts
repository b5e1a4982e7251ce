import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { pinLiveStreamProductWorkflow } from "../../../../../workflows/pin-live-stream-product"
import { ownStream } from "../../helpers"

/** Pins one of the stream's featured products; every viewer gets it at once. */
export async function POST(req: VendorRequest<{ product_id: string }>, res: MedusaResponse) {
  const { stream } = await ownStream(req)
  const { result } = await pinLiveStreamProductWorkflow(req.scope).run({ input: { stream_id: stream.id, product_id: req.validatedBody.product_id } })
  res.json({ pinned: result })
}
