import type { MedusaResponse } from "@medusajs/framework/http"
import { updateVendorWorkflow } from "../../../workflows"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { VendorRequest } from "../context"
import type { VendorProfileUpdateType } from "./validators"

/** The member's vendor profile. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const vendor = await req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).retrieveVendor(req.vendor.vendor_id)
  res.json({ vendor })
}

/** Edits the vendor profile (owners and admins). */
export async function POST(req: VendorRequest<VendorProfileUpdateType>, res: MedusaResponse) {
  const { result } = await updateVendorWorkflow(req.scope).run({
    input: { id: req.vendor.vendor_id, ...req.validatedBody },
  })
  res.json({ vendor: result })
}
