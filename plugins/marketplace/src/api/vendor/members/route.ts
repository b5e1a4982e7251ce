import type { MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { VendorRequest } from "../context"

/** The vendor's team. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const members = await req.scope
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listVendorMembers({ vendor_id: req.vendor.vendor_id }, { order: { created_at: "ASC" } })
  res.json({ members, count: members.length })
}
