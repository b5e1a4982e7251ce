import type { RequestHandler } from "express"
import { createRateLimit } from "@broadcart/core"
import type { Settings } from "../settings"
import { staffActor } from "./staff"

const passThrough: RequestHandler = (_req, _res, next) => next()

/** The three limits of the platform, from settings; Redis-backed when REDIS_URL is set. */
export function rateLimits(settings: Settings) {
  if (!settings.RATE_LIMITS_ENABLED) {
    return { global: passThrough, staff: passThrough, auth: passThrough, uploads: passThrough }
  }
  const redisUrl = settings.REDIS_URL
  const redisPrefix = `${settings.REDIS_PREFIX}rl:`
  return {
    global: createRateLimit({
      name: "global",
      spec: settings.RATE_LIMIT_GLOBAL,
      redisUrl,
      redisPrefix,
      // Signed-in admins and vendor members work dashboards; they count on the staff limit.
      // Webhooks are signed by their sender, and Stripe may deliver bursts from a few IPs;
      // HLS players fetch a playlist and a segment every couple of seconds.
      skip: (req) => req.path === "/health" || req.path.startsWith("/hooks/") || req.path.startsWith("/hls/") || !!staffActor(req),
    }),
    staff: createRateLimit({
      name: "staff",
      spec: settings.RATE_LIMIT_STAFF,
      keyBy: "actor",
      actorKey: staffActor,
      redisUrl,
      redisPrefix,
      skip: (req) => !staffActor(req),
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
