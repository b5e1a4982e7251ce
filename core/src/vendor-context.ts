import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The signed-in vendor member, set on `/vendor/*` requests by the marketplace plugin. */
export type VendorContext = {
  vendor_id: string
  member_id: string
  role: "owner" | "admin" | "staff"
  status: "pending" | "active" | "suspended"
}

/** A request under `/vendor/*`, after the marketplace has resolved the member's vendor. */
export type VendorRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { vendor: VendorContext }

/** Only members with one of these roles may pass. */
export function requireVendorRole(...roles: VendorContext["role"][]) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    if (!roles.includes((req as unknown as VendorRequest).vendor.role)) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `Requires role ${roles.join(" or ")}`)
    }
    next()
  }
}
