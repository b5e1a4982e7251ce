import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"

/** One of the vendor's payouts with its commission lines and refund adjustments; 404 for others'. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payout],
  } = await query.graph({
    entity: "payout",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, vendor_id: req.vendor.vendor_id },
  })
  if (!payout) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${req.params.id} not found`)
  }
  res.json({ payout })
}
