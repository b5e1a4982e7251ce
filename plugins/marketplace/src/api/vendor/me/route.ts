import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../context"
import { retrieveVendorMeQueryConfig } from "./query-config"

/** The signed-in member with its vendor. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "vendor_member",
    fields: retrieveVendorMeQueryConfig.defaults,
    filters: { id: req.vendor.member_id },
  })
  res.json({ member })
}
