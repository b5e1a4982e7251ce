import type { NextFunction, Request, Response } from "express"
import { ErrorTypes, sendError } from "@broadcart/core/http"

/** Bounds on what any client may send; deeper or longer input is refused before any route sees it. */
export const INPUT_LIMITS = { depth: 32, string: 16_384, identifier: 255, pathSegment: 1_024 }

/** Fields that name or identify something: never more than a line of text. */
const IDENTIFIERS = new Set(["handle", "sku", "ean", "upc", "barcode", "email", "code", "promo_codes", "external_id", "hs_code", "mid_code"])

/** Bodies that are not JSON: multipart uploads (ours, and Medusa's product import), and webhooks, which check their own raw body. */
const NON_JSON = [/^\/admin\/uploads\/?$/, /^\/admin\/products\/import\/?$/, /^\/hooks\//]

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

type Problem = { field: string; message: string }

function checkString(value: string, field: string, max: number): Problem | undefined {
  if (value.includes("\u0000")) {
    return { field, message: `${field} must not contain NUL bytes` }
  }
  if (LONE_SURROGATE.test(value)) {
    return { field, message: `${field} must be valid Unicode text` }
  }
  if (value.length > max) {
    return { field, message: `${field} must be at most ${max} characters` }
  }
}

/** The first problem in a parsed body or query, with the dotted path of its field. */
export function screenValue(value: unknown, path: string[] = [], key = ""): Problem | undefined {
  const field = path.join(".") || "body"
  if (typeof value === "string") {
    return checkString(value, field, IDENTIFIERS.has(key) ? INPUT_LIMITS.identifier : INPUT_LIMITS.string)
  }
  if (key === "quantity" && typeof value === "number" && !Number.isInteger(value)) {
    return { field, message: `${field} must be a whole number` }
  }
  if (value === null || typeof value !== "object") {
    return
  }
  if (path.length >= INPUT_LIMITS.depth) {
    return { field, message: `Input must not be nested deeper than ${INPUT_LIMITS.depth} levels` }
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = screenValue(value[i], [...path, String(i)], key)
      if (problem) {
        return problem
      }
    }
    return
  }
  for (const [name, child] of Object.entries(value)) {
    const childPath = [...path, name]
    if (name === "__proto__") {
      return { field: childPath.join("."), message: "__proto__ is not an accepted key" }
    }
    const problem = checkString(name, childPath.join("."), INPUT_LIMITS.identifier) ?? screenValue(child, childPath, name)
    if (problem) {
      return problem
    }
  }
}

function screenPath(path: string): Problem | undefined {
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return { field: "path", message: "Malformed percent-encoding in the request path" }
    }
    const problem = checkString(decoded, "path", INPUT_LIMITS.pathSegment)
    if (problem) {
      return problem
    }
  }
}

const hasBody = (req: Request) => Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined

/**
 * Screens every request's path, query string and body before any route: NUL bytes, lone
 * surrogates, bad percent-encoding, `__proto__` keys, deep nesting and oversized strings are a
 * 400 naming the field, as is a fractional `quantity` (Medusa rounds it), and a body that is not JSON on a JSON route a 415.
 */
export function screenInput(req: Request, res: Response, next: NextFunction) {
  if (hasBody(req) && !NON_JSON.some((p) => p.test(req.path)) && !req.is("application/json")) {
    return sendError(res, 415, ErrorTypes.UNSUPPORTED_MEDIA_TYPE, "Request bodies must be application/json")
  }
  const problem = screenPath(req.path) ?? screenValue(req.query) ?? (typeof req.body === "object" ? screenValue(req.body) : undefined)
  if (problem) {
    return sendError(res, 400, ErrorTypes.INVALID_DATA, problem.message, problem.field)
  }
  next()
}
