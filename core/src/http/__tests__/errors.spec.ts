import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { FieldError, ServiceUnavailableError, toErrorResponse } from "../errors"

describe("toErrorResponse", () => {
  it("answers malformed JSON with 400 in the error shape", () => {
    const err = Object.assign(new SyntaxError("Unexpected token"), { type: "entity.parse.failed", status: 400 })
    expect(toErrorResponse(err)).toEqual({
      status: 400,
      body: { type: "invalid_data", message: "Malformed JSON in request body" },
    })
  })

  it("answers an oversized body with 413", () => {
    const err = Object.assign(new Error("too large"), { type: "entity.too.large", status: 413 })
    expect(toErrorResponse(err).status).toBe(413)
  })

  it("keeps the 400 of a path Express cannot percent-decode", () => {
    const err = Object.assign(new URIError("Failed to decode param '%E0%A4%A'"), { status: 400 })
    expect(toErrorResponse(err)).toEqual({
      status: 400,
      body: { type: "invalid_data", message: "Malformed percent-encoding in the request path" },
    })
  })

  it("names the field of a zod failure", () => {
    const result = z.object({ price: z.number().min(0) }).safeParse({ price: -1 })
    const { status, body } = toErrorResponse(result.error)
    expect(status).toBe(400)
    expect(body.type).toBe("invalid_data")
    expect(body.field).toBe("price")
    expect(body.message).toMatch(/^price: /)
  })

  it("reads the field from Medusa's validator messages", () => {
    const err = new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: Field 'title' is required")
    expect(toErrorResponse(err)).toEqual({
      status: 400,
      body: { type: "invalid_data", message: "Invalid request: Field 'title' is required", field: "title" },
    })
  })

  it("keeps an explicit field", () => {
    expect(toErrorResponse(new FieldError("stream_key", "Unknown stream key")).body).toEqual({
      type: "invalid_data",
      message: "Unknown stream key",
      field: "stream_key",
    })
  })

  it("maps Medusa error types to statuses", () => {
    expect(toErrorResponse(new MedusaError(MedusaError.Types.NOT_FOUND, "Vendor not found")).status).toBe(404)
    expect(toErrorResponse(new MedusaError(MedusaError.Types.NOT_ALLOWED, "No")).status).toBe(400)
    expect(toErrorResponse(new MedusaError(MedusaError.Types.FORBIDDEN, "No")).status).toBe(403)
  })

  it("keeps the message of a conflict instead of Medusa's idempotency wording", () => {
    const { status, body } = toErrorResponse(new MedusaError(MedusaError.Types.CONFLICT, "Rule r1 already covers this scope"))
    expect([status, body]).toEqual([409, { type: "conflict", message: "Rule r1 already covers this scope" }])
  })

  it("hides the detail of unexpected errors", () => {
    const { status, body } = toErrorResponse(new Error("connect ECONNREFUSED 10.0.0.1:5432 at pool.js:12"))
    expect(status).toBe(500)
    expect(body).toEqual({ type: "unknown_error", message: "An unknown error occurred." })
  })

  it("answers an unavailable dependency with 503 and its own message", () => {
    expect(toErrorResponse(new ServiceUnavailableError("The store is down"))).toEqual({
      status: 503,
      body: { type: "service_unavailable", message: "The store is down" },
    })
  })
})
