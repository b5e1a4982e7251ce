import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../context"
import { cancelVendorOrderWorkflow } from "../../../../../workflows/cancel-vendor-order"
import { assertVendorOrder, retrieveVendorOrder } from "../../helpers"
import { retrieveVendorOrderQueryConfig } from "../../query-config"

/** Cancels the order and refunds what was captured for it; the customer's other vendors' orders are untouched. */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const { vendor_id, member_id } = req.vendor
  await assertVendorOrder(req.scope, vendor_id, req.params.id)
  const { result } = await cancelVendorOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, canceled_by: member_id },
  })
  const order = await retrieveVendorOrder(req.scope, vendor_id, req.params.id, retrieveVendorOrderQueryConfig.defaults)
  res.json({ order, refunded_amount: result.refunded_amount })
}
