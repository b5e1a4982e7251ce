import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../context"
import { fulfilVendorOrderWorkflow } from "../../../../../workflows/fulfil-vendor-order"
import { assertVendorOrder, retrieveVendorOrder } from "../../helpers"
import { retrieveVendorOrderQueryConfig } from "../../query-config"

/** Fulfils the order (all unfulfilled items unless `items` is given), with tracking number and carrier. */
export const POST = async (req: VendorRequest<Record<string, any>>, res: MedusaResponse) => {
  const { vendor_id, member_id } = req.vendor
  await assertVendorOrder(req.scope, vendor_id, req.params.id)
  const { result: fulfillment } = await fulfilVendorOrderWorkflow(req.scope).run({
    input: { ...req.validatedBody, order_id: req.params.id, created_by: member_id },
  })
  const order = await retrieveVendorOrder(req.scope, vendor_id, req.params.id, retrieveVendorOrderQueryConfig.defaults)
  res.status(201).json({ fulfillment_id: fulfillment.id, order })
}
