import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { VendorEvents } from "../../../events"
import type { VendorRequest } from "../context"
import type { VendorCreateInviteType } from "../validators"

const hideHash = ({ token_hash, ...invite }: { token_hash: string } & Record<string, unknown>) => invite

/** The vendor's open invitations. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const invites = await req.scope
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listVendorInvites({ vendor_id: req.vendor.vendor_id, accepted_at: null })
  res.json({ invites: invites.map(hideHash), count: invites.length })
}

/**
 * Invites someone to the team (owners and admins). The token is returned once and sent with
 * the `vendor.invite_created` event for the notifications plugin to mail.
 */
export async function POST(req: VendorRequest<VendorCreateInviteType>, res: MedusaResponse) {
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const { email, role } = req.validatedBody
  const { invite, token } = await marketplace.issueInvite(req.vendor.vendor_id, email, role)
  await req.scope.resolve(Modules.EVENT_BUS).emit({
    name: VendorEvents.INVITE_CREATED,
    data: { id: invite.id, vendor_id: req.vendor.vendor_id, email: invite.email, role, token },
  })
  res.status(201).json({ invite: hideHash(invite as any), token })
}
