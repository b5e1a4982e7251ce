import type { RequestHandler } from "express"

/**
 * Sets which peers may speak for a client in `X-Forwarded-For` / `X-Forwarded-Proto` (Medusa's
 * loader trusts one hop from anyone). With no proxies, a client's own address is its IP.
 */
export function trustedProxies(proxies: string[]): RequestHandler {
  const trust = proxies.length ? proxies : false
  const configured = new WeakSet<object>()
  return (req, _res, next) => {
    if (!configured.has(req.app)) {
      req.app.set("trust proxy", trust)
      configured.add(req.app)
    }
    next()
  }
}
