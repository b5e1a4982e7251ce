import type { Request, RequestHandler } from "express"
import { createRateLimit } from "@broadcart/core/http"
import type { Settings } from "../settings"
import { rateLimitClient } from "./rate-limit-client"

const passThrough: RequestHandler = (_req, _res, next) => next()

/**
 * Routes outside the per-IP global limit: health checks; webhooks, signed by their sender (Stripe
 * may deliver bursts from a few IPs); HLS players, which fetch every couple of seconds; storefront
 * analytics events, which the analytics plugin limits on their own.
 */
function unlimited(req: Request) {
  return (
    req.path === "/health" ||
    req.path.startsWith("/hooks/") ||
    req.path.startsWith("/hls/") ||
    req.path.startsWith("/uploads/") ||
    (req.method === "POST" && req.path === "/store/analytics/events")
  )
}

const keyOf = (req: Request) => {
  const client = rateLimitClient(req)
  return client.limit === "global" ? undefined : client.key
}

/** The limits of the platform, from settings; Redis-backed when REDIS_URL is set. */
export function rateLimits(settings: Settings) {
  if (!settings.RATE_LIMITS_ENABLED) {
    return { global: passThrough, staff: passThrough, storefront: passThrough, auth: passThrough, uploads: passThrough }
  }
  const redisUrl = settings.REDIS_URL
  const redisPrefix = `${settings.REDIS_PREFIX}rl:`
  return {
    global: createRateLimit({
      name: "global",
      spec: settings.RATE_LIMIT_GLOBAL,
      redisUrl,
      redisPrefix,
      skip: (req) => unlimited(req) || rateLimitClient(req).limit !== "global",
    }),
    staff: createRateLimit({
      name: "staff",
      spec: settings.RATE_LIMIT_STAFF,
      keyBy: "actor",
      actorKey: keyOf,
      redisUrl,
      redisPrefix,
      skip: (req) => rateLimitClient(req).limit !== "staff",
    }),
    storefront: createRateLimit({
      name: "storefront",
      spec: settings.RATE_LIMIT_STOREFRONT,
      keyBy: "actor",
      actorKey: keyOf,
      redisUrl,
      redisPrefix,
      skip: (req) => unlimited(req) || rateLimitClient(req).limit !== "storefront",
    }),
    auth: createRateLimit({
      name: "auth",
      spec: settings.RATE_LIMIT_AUTH,
      redisUrl,
      redisPrefix,
      countFailuresOnly: true,
    }),
    uploads: createRateLimit({
      name: "uploads",
      spec: settings.RATE_LIMIT_UPLOADS,
      keyBy: "actor",
      redisUrl,
      redisPrefix,
    }),
  }
}
