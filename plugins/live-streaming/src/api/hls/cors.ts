import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"

/** Methods and request headers players may use on `/hls/*` (hls.js, Shaka and video.js ask for byte ranges). */
export const HLS_CORS = {
  methods: "GET, HEAD, OPTIONS",
  headers: "Range, Accept, Accept-Encoding, Origin, If-None-Match, If-Modified-Since, Cache-Control",
  exposed: "Content-Length, Content-Range, Accept-Ranges",
}

/** Whether a browser origin is one of the store's (STORE_CORS; regexes allowed, as in Medusa's settings). */
function isStoreOrigin(req: MedusaRequest, origin: string) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return parseCorsOrigins(config.projectConfig.http.storeCors ?? "").some((o) => (o instanceof RegExp ? o.test(origin) : o === origin))
}

/** Answers a CORS preflight for HLS media: 204, with the CORS headers only for a store origin. */
export function hlsPreflight(req: MedusaRequest, res: MedusaResponse) {
  const origin = req.headers.origin
  res.setHeader("Vary", "Origin")
  if (origin && isStoreOrigin(req, origin)) {
    res.setHeader("Access-Control-Allow-Origin", origin)
    res.setHeader("Access-Control-Allow-Methods", HLS_CORS.methods)
    res.setHeader("Access-Control-Allow-Headers", HLS_CORS.headers)
    res.setHeader("Access-Control-Max-Age", "86400")
  }
  res.status(204).end()
}
