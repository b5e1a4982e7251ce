import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { removeVendorMemberWorkflow } from "../../../../workflows"
import type { VendorRequest } from "../../context"
import type { VendorUpdateMemberType } from "../../validators"

/** A teammate of the caller that is not the owner; other vendors' members look absent. */
async function teammate(req: VendorRequest) {
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [member] = await marketplace.listVendorMembers({ id: req.params.id, vendor_id: req.vendor.vendor_id })
  if (!member) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${req.params.id} not found`)
  }
  if (member.role === "owner") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The owner's role cannot be changed or removed")
  }
  return { marketplace, member }
}

/** Changes a member's role (owners and admins). */
export async function POST(req: VendorRequest<VendorUpdateMemberType>, res: MedusaResponse) {
  const { marketplace, member } = await teammate(req)
  const updated = await marketplace.updateVendorMembers({ id: member.id, role: req.validatedBody.role })
  res.json({ member: updated })
}

/** Removes a member from the team and unbinds its login (owners and admins). */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  const { member } = await teammate(req)
  const [identity] = await req.scope
    .resolve(Modules.AUTH)
    .listProviderIdentities({ entity_id: member.email, provider: "emailpass" })
  await removeVendorMemberWorkflow(req.scope).run({
    input: { member_id: member.id, auth_identity_id: identity?.auth_identity_id },
  })
  res.json({ id: member.id, object: "vendor_member", deleted: true })
}
