import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { pinLiveStreamProductWorkflow } from "../../../../../../workflows/pin-live-stream-product"
import { ownStream } from "../../../helpers"

/** Unpins the product; viewers see no pinned product. */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  const { stream } = await ownStream(req)
  await pinLiveStreamProductWorkflow(req.scope).run({ input: { stream_id: stream.id, product_id: null, unpin: req.params.product_id } })
  res.json({ pinned: null })
}
