import { createHash, timingSafeEqual } from "node:crypto"
import type { Request, RequestHandler } from "express"
import { staffActor } from "./staff"

/** Which limit a request counts on, and under what key when not its IP. */
export type RateLimitClient = { limit: "global" } | { limit: "staff" | "storefront"; key: string }

/** Routes where signed-in staff count on the staff limit; elsewhere they are ordinary clients. */
const STAFF_ROUTES = /^\/(admin|vendor)(\/|$)/

export const STOREFRONT_SECRET_HEADER = "x-storefront-secret"

const digest = (value: string) => createHash("sha256").update(value).digest()

/**
 * Sorts each request onto a limit: staff on `/admin/*` and `/vendor/*`, storefront servers that
 * send one of `STOREFRONT_SECRETS`, everyone else per IP on the global limit.
 */
export function classifyClients(storefrontSecrets: string[]): RequestHandler {
  const known = storefrontSecrets.map(digest)
  const storefrontOf = (req: Request) => {
    const sent = req.headers[STOREFRONT_SECRET_HEADER]
    if (typeof sent !== "string" || !sent) {
      return -1
    }
    const hash = digest(sent)
    return known.findIndex((k) => timingSafeEqual(k, hash))
  }
  return (req, _res, next) => {
    const classify = async (): Promise<RateLimitClient> => {
      const staff = STAFF_ROUTES.test(req.path) ? await staffActor(req) : undefined
      if (staff) {
        return { limit: "staff", key: staff }
      }
      const storefront = storefrontOf(req)
      return storefront >= 0 ? { limit: "storefront", key: `storefront:${storefront}` } : { limit: "global" }
    }
    classify().then((client) => {
      ;(req as any).rateLimitClient = client
      next()
    }, next)
  }
}

/** The limit a request was sorted onto by `classifyClients`. */
export function rateLimitClient(req: Request): RateLimitClient {
  return (req as any).rateLimitClient ?? { limit: "global" }
}
