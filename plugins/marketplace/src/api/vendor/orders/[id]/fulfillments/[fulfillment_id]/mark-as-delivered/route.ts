import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../../../context"
import { deliverVendorOrderWorkflow } from "../../../../../../../workflows/deliver-vendor-order"
import { assertOrderChild, retrieveVendorOrder } from "../../../../helpers"
import { retrieveVendorOrderQueryConfig } from "../../../../query-config"

/** Marks a shipped fulfillment delivered. */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const { vendor_id } = req.vendor
  const { id, fulfillment_id } = req.params
  await assertOrderChild(req.scope, vendor_id, id, "fulfillments", fulfillment_id)
  await deliverVendorOrderWorkflow(req.scope).run({ input: { order_id: id, fulfillment_id } })
  res.json({ order: await retrieveVendorOrder(req.scope, vendor_id, id, retrieveVendorOrderQueryConfig.defaults) })
}
