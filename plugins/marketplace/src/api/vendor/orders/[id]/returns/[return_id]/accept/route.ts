import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../../../context"
import { acceptVendorReturnWorkflow } from "../../../../../../../workflows/accept-vendor-return"
import { assertOrderChild, retrieveVendorOrder } from "../../../../helpers"
import { retrieveVendorOrderQueryConfig } from "../../../../query-config"

/** Accepts a return request: the items come back into stock and the customer is refunded what they are owed. */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const { vendor_id, member_id } = req.vendor
  const { id, return_id } = req.params
  await assertOrderChild(req.scope, vendor_id, id, "returns", return_id)
  const { result } = await acceptVendorReturnWorkflow(req.scope).run({
    input: { order_id: id, return_id, created_by: member_id },
  })
  const order = await retrieveVendorOrder(req.scope, vendor_id, id, retrieveVendorOrderQueryConfig.defaults)
  res.json({ order, refunded_amount: result.refunded_amount })
}
