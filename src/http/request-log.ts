import { randomUUID } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestContext } from "../logging/request-context"

const ID_PATTERN = /^[\w.:-]{1,128}$/

/** The request's id: the caller's `x-request-id` when sane, a new uuid otherwise. */
export function requestIdOf(req: MedusaRequest): string {
  const given = (req as any).requestId ?? req.headers["x-request-id"]
  return typeof given === "string" && ID_PATTERN.test(given) ? given : randomUUID()
}

/**
 * Runs the rest of the request inside its context, echoes `x-request-id`, and writes one
 * request line when the answer is finished (for HLS media, only when it failed).
 */
export function requestLog(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const requestId = requestIdOf(req)
  ;(req as any).requestId = requestId
  res.setHeader("x-request-id", requestId)
  if (req.path === "/health") {
    return next()
  }
  const started = process.hrtime.bigint()
  const logger = req.scope.resolve("logger") as any
  res.on("finish", () => {
    // Media files are fetched by every viewer every few seconds: only failures are worth a line.
    if (res.statusCode < 400 && req.path.startsWith("/hls/")) {
      return
    }
    const duration_ms = Number(process.hrtime.bigint() - started) / 1e6
    const fields = {
      request_id: requestId,
      method: req.method,
      path: req.originalUrl,
      status: res.statusCode,
      duration_ms: Math.round(duration_ms * 10) / 10,
      client_ip: req.ip,
      user_agent: req.headers["user-agent"],
    }
    const line = `${req.method} ${req.originalUrl} ${res.statusCode} ${fields.duration_ms}ms`
    if (typeof logger.request === "function") {
      logger.request(fields, line)
    } else {
      logger.http(line)
    }
  })
  requestContext.run({ requestId }, next)
}
