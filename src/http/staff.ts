import type { Request } from "express"
import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Actor types that run the business: admin users and vendor team members. */
const STAFF = ["user", "vendor"]

/**
 * The signed-in staff actor of a request, if any: from Medusa's auth context when it ran, or
 * from a bearer token verified with the app's JWT settings (plugin namespaces authenticate later).
 */
export function staffActor(req: Request): string | undefined {
  const cached = req as Request & { staffActor?: string | null }
  if (cached.staffActor === undefined) {
    cached.staffActor = resolveStaffActor(req) ?? null
  }
  return cached.staffActor ?? undefined
}

function resolveStaffActor(req: Request): string | undefined {
  const context = (req as any).auth_context
  if (context?.actor_id && STAFF.includes(context.actor_type)) {
    return `${context.actor_type}:${context.actor_id}`
  }
  const header = req.headers.authorization
  if (!header) {
    return undefined
  }
  const { http } = (req as any).scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = getAuthContextFromJwtToken(
    header,
    http.jwtSecret,
    ["bearer"],
    STAFF,
    http.jwtPublicKey,
    http.jwtVerifyOptions ?? http.jwtOptions
  ) as { actor_id?: string; actor_type?: string } | null
  return token?.actor_id ? `${token.actor_type}:${token.actor_id}` : undefined
}
