import type { IncomingMessage, Server, ServerResponse } from "node:http"

/**
 * node-media-server's HTTP-FLV answers carry no content type and Express's `X-Powered-By`: players
 * and proxies get `video/x-flv`, and nobody learns what serves it. Refusals (our 404s) set their own type.
 */
export function tidyFlvResponses(httpServer: Server | undefined) {
  if (!httpServer) {
    return
  }
  const app = httpServer.listeners("request")[0] as { disable?: (setting: string) => void } | undefined
  app?.disable?.("x-powered-by")
  httpServer.prependListener("request", (req: IncomingMessage, res: ServerResponse) => {
    if (/^\/[^/?]+\/[^/?]+\.flv(\?|$)/.test(req.url ?? "")) {
      res.setHeader("Content-Type", "video/x-flv")
    }
  })
}
