import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createVendorWorkflow } from "../../../workflows"
import type { VendorSignupType } from "./validators"

const slugify = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64) || "vendor"

/** Signs up a vendor with the caller's registration token; the vendor starts pending. */
export async function POST(req: AuthenticatedMedusaRequest<VendorSignupType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already belongs to a vendor")
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ["provider_identities"],
  })
  const loginEmail = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!loginEmail) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Vendors sign up with an email and password")
  }
  const { owner_name, ...vendor } = req.validatedBody
  const { result } = await createVendorWorkflow(req.scope).run({
    input: {
      vendor: { ...vendor, handle: vendor.handle ?? slugify(vendor.name), email: vendor.email ?? loginEmail },
      owner: { email: loginEmail, name: owner_name },
      auth_identity_id: identity.id,
    },
  })
  res.status(201).json({ vendor: result.vendor, member: result.member })
}
