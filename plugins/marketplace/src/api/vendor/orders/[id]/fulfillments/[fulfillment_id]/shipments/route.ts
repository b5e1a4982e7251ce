import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../../../context"
import { shipVendorOrderWorkflow } from "../../../../../../../workflows/ship-vendor-order"
import { assertOrderChild, retrieveVendorOrder } from "../../../../helpers"
import { retrieveVendorOrderQueryConfig } from "../../../../query-config"

/** Marks a fulfillment shipped, optionally with (new) tracking. */
export const POST = async (req: VendorRequest<Record<string, any>>, res: MedusaResponse) => {
  const { vendor_id, member_id } = req.vendor
  const { id, fulfillment_id } = req.params
  await assertOrderChild(req.scope, vendor_id, id, "fulfillments", fulfillment_id)
  await shipVendorOrderWorkflow(req.scope).run({
    input: { ...req.validatedBody, order_id: id, fulfillment_id, created_by: member_id },
  })
  res.json({ order: await retrieveVendorOrder(req.scope, vendor_id, id, retrieveVendorOrderQueryConfig.defaults) })
}
