import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { VendorContext, VendorRequest } from "@broadcart/core/contracts/marketplace"

export { type VendorContext, type VendorRequest } from "@broadcart/core/contracts/marketplace"

/** Routes a member of a pending vendor may use before approval. */
const OPEN_WHILE_PENDING = new Set(["GET /vendor/me", "GET /vendor/profile", "POST /vendor/profile"])

/**
 * Resolves the signed-in member's vendor. Members of a suspended vendor get 403 everywhere; a
 * pending vendor's members may only read and edit their profile.
 */
export async function loadVendorContext(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "vendor_member",
    fields: ["id", "role", "vendor.id", "vendor.status", "vendor.status_reason"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!member?.vendor) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Vendor member not found")
  }
  if (member.vendor.status === "suspended") {
    const reason = member.vendor.status_reason ? `: ${member.vendor.status_reason}` : ""
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Vendor is suspended${reason}`)
  }
  const route = `${req.method} ${req.originalUrl.split("?")[0].replace(/\/$/, "")}`
  if (member.vendor.status === "pending" && !OPEN_WHILE_PENDING.has(route)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Vendor is pending approval by the marketplace")
  }
  ;(req as VendorRequest).vendor = {
    vendor_id: member.vendor.id,
    member_id: member.id,
    role: member.role as VendorContext["role"],
    status: member.vendor.status as VendorContext["status"],
  }
  next()
}

/** Only members with one of these roles may pass. */
export function requireVendorRole(...roles: VendorContext["role"][]) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    if (!roles.includes((req as unknown as VendorRequest).vendor.role)) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `Requires role ${roles.join(" or ")}`)
    }
    next()
  }
}
