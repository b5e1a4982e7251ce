import type { NextFunction, Request, Response } from "express"
import { getHttpResponseFromError } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The one JSON shape of every error answer. */
export type ErrorBody = {
  type: string
  message: string
  field?: string
}

/** Error types beyond MedusaError's, for answers the HTTP layer makes itself. */
export const ErrorTypes = {
  ...MedusaError.Types,
  TOO_MANY_REQUESTS: "too_many_requests",
  PAYLOAD_TOO_LARGE: "payload_too_large",
  UNSUPPORTED_MEDIA_TYPE: "unsupported_media_type",
  SERVICE_UNAVAILABLE: "service_unavailable",
  UNKNOWN: "unknown_error",
} as const

/** A validation failure that knows which request field was wrong. */
export class FieldError extends MedusaError {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(MedusaError.Types.INVALID_DATA, message)
  }
}

/** A dependency (e.g. the time-series store) is down: answered 503 with this message, which must say what. */
export class ServiceUnavailableError extends Error {
  readonly type = ErrorTypes.SERVICE_UNAVAILABLE

  constructor(message: string) {
    super(message)
    this.name = "ServiceUnavailableError"
  }
}

/** Sends an error in the one shape; for handlers that answer without throwing (webhooks, limits). */
export function sendError(res: Response, status: number, type: string, message: string, field?: string) {
  const body: ErrorBody = field ? { type, message, field } : { type, message }
  res.status(status).json(body)
}

const MEDUSA_FIELD = /fields?:? '([^',]+)/i

function fieldOf(err: any): string | undefined {
  if (typeof err?.field === "string") {
    return err.field
  }
  const issue = Array.isArray(err?.issues) ? err.issues[0] : undefined
  if (issue?.path?.length) {
    return issue.path.join(".")
  }
  return typeof err?.message === "string" ? MEDUSA_FIELD.exec(err.message)?.[1] : undefined
}

/** Maps any thrown error to its status and body; 5xx never carries internal detail. */
export function toErrorResponse(err: any): { status: number; body: ErrorBody } {
  if (err?.type === "entity.parse.failed") {
    return {
      status: 400,
      body: { type: ErrorTypes.INVALID_DATA, message: "Malformed JSON in request body" },
    }
  }
  if (err?.type === "entity.too.large") {
    return {
      status: 413,
      body: { type: ErrorTypes.PAYLOAD_TOO_LARGE, message: "Request body is too large" },
    }
  }
  if (err?.type === ErrorTypes.SERVICE_UNAVAILABLE && typeof err?.message === "string") {
    return { status: 503, body: { type: ErrorTypes.SERVICE_UNAVAILABLE, message: err.message } }
  }
  if (err?.name === "MulterError") {
    // Medusa's multipart routes (multer): a missing or unexpected file part, too many parts.
    return { status: 400, body: { type: ErrorTypes.INVALID_DATA, message: `Bad multipart body: ${err.message}`, ...(err.field ? { field: err.field } : {}) } }
  }
  if (err instanceof URIError) {
    // Express's own 400 for a path it cannot percent-decode.
    return { status: 400, body: { type: ErrorTypes.INVALID_DATA, message: "Malformed percent-encoding in the request path" } }
  }
  const issues = Array.isArray(err?.issues) ? err.issues : undefined
  if (issues) {
    const message = issues.map((i: any) => `${i.path?.join(".") || "body"}: ${i.message}`).join("; ")
    const field = fieldOf(err)
    return { status: 400, body: field ? { type: ErrorTypes.INVALID_DATA, message, field } : { type: ErrorTypes.INVALID_DATA, message } }
  }
  if (err?.type === MedusaError.Types.CONFLICT && typeof err?.message === "string") {
    // Medusa answers every conflict with its idempotency wording; ours say what clashed.
    return { status: 409, body: { type: ErrorTypes.CONFLICT, message: err.message } }
  }
  const { statusCode, body } = getHttpResponseFromError(err)
  if (statusCode >= 500) {
    return {
      status: statusCode,
      body: { type: ErrorTypes.UNKNOWN, message: "An unknown error occurred." },
    }
  }
  const message = body.message ?? "Request failed"
  const field = fieldOf(err)
  const shaped: ErrorBody = { type: body.type ?? ErrorTypes.INVALID_DATA, message }
  if (field) {
    shaped.field = field
  }
  return { status: statusCode, body: shaped }
}

type Logger = { error: (...args: any[]) => void; info: (...args: any[]) => void }

/** Express error handler answering in the one shape, logging 5xx with the request id. */
export function createErrorHandler(onError?: (req: Request, res: Response) => void) {
  return function broadcartErrorHandler(err: any, req: Request, res: Response, next: NextFunction) {
    if (res.headersSent) {
      return next(err)
    }
    const { status, body } = toErrorResponse(err)
    const logger: Logger = (req as any).scope?.resolve?.("logger") ?? console
    const where = `${req.method} ${req.path}`
    if (status >= 500) {
      logger.error(`Error ${status} at ${where}`, err)
    } else {
      logger.info(`Error ${status} at ${where}: ${body.message}`)
    }
    onError?.(req, res)
    res.status(status).json(body)
  }
}
