import type { Request } from "express"
import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Actor types that run the business: admin users and vendor team members. */
const STAFF = ["user", "vendor"]

type Actor = { actor_id?: string; actor_type?: string }

/**
 * The signed-in admin user or member of an active vendor behind a request, as `type:id`: from
 * Medusa's auth context or session when set, or from a bearer token verified with the app's JWT
 * settings (plugin namespaces authenticate later). Members of pending or suspended vendors are not
 * staff, so a self-registered login gains nothing.
 */
export async function staffActor(req: Request): Promise<string | undefined> {
  const actor = signedInActor(req)
  if (!actor?.actor_id || !STAFF.includes(actor.actor_type ?? "")) {
    return undefined
  }
  if (actor.actor_type === "vendor" && !(await memberOfActiveVendor(req, actor.actor_id))) {
    return undefined
  }
  return `${actor.actor_type}:${actor.actor_id}`
}

function signedInActor(req: Request): Actor | undefined {
  const context = ((req as any).auth_context ?? (req as any).session?.auth_context) as Actor | undefined
  if (context?.actor_id) {
    return context
  }
  const header = req.headers.authorization
  if (!header) {
    return undefined
  }
  const { http } = (req as any).scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return (getAuthContextFromJwtToken(header, http.jwtSecret, ["bearer"], STAFF, http.jwtPublicKey, http.jwtVerifyOptions ?? http.jwtOptions) ?? undefined) as
    Actor | undefined
}

const TTL_MS = 30_000
const activeByMember = new Map<string, { active: Promise<boolean>; until: number }>()

/** Whether a vendor member's vendor is active; remembered 30 s so staff traffic costs no query per request. */
function memberOfActiveVendor(req: Request, memberId: string): Promise<boolean> {
  const hit = activeByMember.get(memberId)
  if (hit && hit.until > Date.now()) {
    return hit.active
  }
  if (activeByMember.size > 10_000) {
    activeByMember.clear()
  }
  const query = (req as any).scope.resolve(ContainerRegistrationKeys.QUERY)
  const active = query
    .graph({ entity: "vendor_member", fields: ["vendor.status"], filters: { id: memberId } })
    .then(({ data }: { data: any[] }) => data[0]?.vendor?.status === "active")
    .catch(() => false)
  activeByMember.set(memberId, { active, until: Date.now() + TTL_MS })
  return active
}
