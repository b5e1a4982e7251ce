import type { MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { createVendorInviteWorkflow } from "../../../workflows"
import type { VendorRequest } from "../context"
import type { VendorCreateInviteType } from "./validators"

const hideHash = ({ token_hash, ...invite }: { token_hash: string } & Record<string, unknown>) => invite

/** The vendor's open invitations. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const invites = await req.scope
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listVendorInvites({ vendor_id: req.vendor.vendor_id, accepted_at: null })
  res.json({ invites: invites.map(hideHash), count: invites.length })
}

/** Invites someone to the team (owners and admins); the one-time token is returned once. */
export async function POST(req: VendorRequest<VendorCreateInviteType>, res: MedusaResponse) {
  const { email, role } = req.validatedBody
  const { result } = await createVendorInviteWorkflow(req.scope).run({
    input: { vendor_id: req.vendor.vendor_id, email, role },
  })
  res.status(201).json({ invite: result.invite, token: result.token })
}
