import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

export type StoreCacheOptions = {
  /**
   * Medusa caching tags the answer depends on, e.g. `LiveStream:<id>` or `Product:list:*` (or a
   * function of the answer giving them). Medusa clears them when those records are created,
   * updated or deleted.
   */
  tags: string[] | ((body: any) => string[])
  /** Upper bound on staleness, in seconds, for changes no tag covers. */
  ttl?: number
}

/**
 * Answers a storefront read from Medusa's Caching Module (Redis when configured), computing and
 * storing it on a miss. The key is the route and its query; `x-cache` says HIT or MISS. Errors are
 * not cached. Without the Caching Module every request computes.
 */
export async function sendCachedJson(req: MedusaRequest, res: MedusaResponse, { tags, ttl = 30 }: StoreCacheOptions, compute: () => Promise<object>) {
  const caching = req.scope.hasRegistration(Modules.CACHING) ? (req.scope.resolve(Modules.CACHING) as any) : null
  if (!caching) {
    return res.json(await compute())
  }
  const key = await caching.computeKey({ broadcart_store_route: req.path, query: req.query })
  const hit = await caching.get({ key }).catch(() => null)
  if (hit) {
    res.setHeader("x-cache", "HIT")
    return res.json(hit)
  }
  const body = await compute()
  await caching.set({ key, data: body, tags: typeof tags === "function" ? tags(body) : tags, ttl }).catch(() => undefined)
  res.setHeader("x-cache", "MISS")
  return res.json(body)
}
