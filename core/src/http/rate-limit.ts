import type { Request, RequestHandler } from "express"
import { rateLimit, ipKeyGenerator, type Store } from "express-rate-limit"
import type { RedisStore } from "rate-limit-redis"
import type Redis from "ioredis"
import { sendError, ErrorTypes } from "./errors"

/** A limit written as `count/window`, e.g. `100/15m`, `5/15m`, `10/1h`. */
export type LimitSpec = { limit: number; windowMs: number }

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** Parses `100/15m` into a count and a window; throws on anything else. */
export function parseLimit(spec: string): LimitSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d*)\s*([smhd])\s*$/.exec(spec)
  if (!match) {
    throw new Error(`Invalid rate limit "${spec}": expected count/window such as 100/15m`)
  }
  const limit = Number(match[1])
  const windowMs = Number(match[2] || 1) * UNIT_MS[match[3]]
  if (limit < 1 || windowMs < 1000) {
    throw new Error(`Invalid rate limit "${spec}": count and window must be positive`)
  }
  return { limit, windowMs }
}

export type RateLimitOptions = {
  /** Names the limit in Redis keys and in the 429 message. */
  name: string
  spec: LimitSpec | string
  /** `ip` (default) or `actor`: the authenticated user, falling back to the IP. */
  keyBy?: "ip" | "actor"
  /** Shared store when set, so several server processes count together. */
  redisUrl?: string
  /** Redis key prefix, before the limit's name. */
  redisPrefix?: string
  /** With `keyBy: "actor"`: who the request acts for, when not Medusa's auth context. */
  actorKey?: (req: Request) => string | undefined
  /** Count only failed requests (status >= 400), e.g. to slow password guessing. */
  countFailuresOnly?: boolean
  skip?: (req: Request) => boolean
  /** Built on the first request (when its settings come from the app), not at startup. */
  lazy?: boolean
}

const redisClients = new Map<string, Redis>()

function redisStore(redisUrl: string, prefix: string): Store {
  let client = redisClients.get(redisUrl)
  if (!client) {
    // Loaded on first use: an app without Redis, or a plugin importing only errors, never loads ioredis.
    const IORedis: typeof Redis = require("ioredis")
    client = new IORedis(redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true })
    redisClients.set(redisUrl, client)
  }
  const redis = client
  const { RedisStore: RedisStoreClass } = require("rate-limit-redis") as { RedisStore: typeof RedisStore }
  return new RedisStoreClass({
    prefix,
    sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as any,
  })
}

function keyFor(keyBy: "ip" | "actor", actorKey?: (req: Request) => string | undefined) {
  return (req: Request) => {
    const actor = actorKey?.(req) ?? (req as any).auth_context?.actor_id
    if (keyBy === "actor" && actor) {
      return `actor:${actor}`
    }
    return `ip:${ipKeyGenerator(req.ip ?? "unknown")}`
  }
}

/** An express middleware limiting requests; a blocked request gets 429 with `Retry-After`. */
export function createRateLimit(options: RateLimitOptions): RequestHandler {
  const { limit, windowMs } = typeof options.spec === "string" ? parseLimit(options.spec) : options.spec
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    skipFailedRequests: false,
    requestWasSuccessful: (_req, res) => res.statusCode < 400,
    skipSuccessfulRequests: options.countFailuresOnly ?? false,
    keyGenerator: keyFor(options.keyBy ?? "ip", options.actorKey),
    skip: options.skip,
    store: options.redisUrl ? redisStore(options.redisUrl, `${options.redisPrefix ?? "broadcart:rl:"}${options.name}:`) : undefined,
    passOnStoreError: true,
    // A forwarded header from an untrusted peer is ignored on purpose (see TRUSTED_PROXIES).
    validate: { xForwardedForHeader: false, ...(options.lazy ? { creationStack: false } : {}) },
    handler: (req, res) => {
      const retryAfter = res.getHeader("Retry-After")
      sendError(
        res,
        429,
        ErrorTypes.TOO_MANY_REQUESTS,
        `Too many requests (${options.name} limit is ${limit} per ${Math.round(windowMs / 1000)}s). Retry after ${retryAfter ?? Math.ceil(windowMs / 1000)}s.`
      )
    },
  }) as unknown as RequestHandler
}

/** Closes shared Redis connections (tests and graceful shutdown). */
export async function closeRateLimitStores() {
  await Promise.all([...redisClients.values()].map((c) => c.quit().catch(() => undefined)))
  redisClients.clear()
}
