import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../context"
import { retrieveVendorOrder } from "../helpers"
import { retrieveVendorOrderQueryConfig } from "../query-config"

/** One of the vendor's orders, with its items, address, fulfillments and returns. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const order = await retrieveVendorOrder(req.scope, req.vendor.vendor_id, req.params.id, retrieveVendorOrderQueryConfig.defaults)
  res.json({ order })
}
