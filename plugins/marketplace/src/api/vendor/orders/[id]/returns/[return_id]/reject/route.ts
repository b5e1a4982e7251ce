import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../../../context"
import { rejectVendorReturnWorkflow } from "../../../../../../../workflows/reject-vendor-return"
import { assertOrderChild, retrieveVendorOrder } from "../../../../helpers"
import { retrieveVendorOrderQueryConfig } from "../../../../query-config"

/** Rejects a return request that nothing was received for. */
export const POST = async (req: VendorRequest<{ reason?: string }>, res: MedusaResponse) => {
  const { vendor_id, member_id } = req.vendor
  const { id, return_id } = req.params
  await assertOrderChild(req.scope, vendor_id, id, "returns", return_id)
  await rejectVendorReturnWorkflow(req.scope).run({
    input: { order_id: id, return_id, reason: req.validatedBody.reason, canceled_by: member_id },
  })
  res.json({ order: await retrieveVendorOrder(req.scope, vendor_id, id, retrieveVendorOrderQueryConfig.defaults) })
}
