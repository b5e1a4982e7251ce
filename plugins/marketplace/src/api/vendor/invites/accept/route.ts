import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptVendorInviteWorkflow } from "../../../../workflows"
import type { VendorAcceptInviteType } from "../validators"

/** Joins the inviting vendor with a fresh login registered under the invited email. */
export async function POST(req: AuthenticatedMedusaRequest<VendorAcceptInviteType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already belongs to a vendor")
  }
  const identity = await req.scope.resolve(Modules.AUTH).retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Invitations are accepted with an email and password login")
  }
  const { result: member } = await acceptVendorInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, email, name: req.validatedBody.name, auth_identity_id: identity.id },
  })
  res.status(201).json({ member })
}
