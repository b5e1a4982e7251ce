import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"

/** Where a request schema applies: the JSON body or the query string. */
export type RequestSchema = { in: "body" | "query"; schema: z.ZodType }

// A global symbol, so the schemas stay readable when an app loads two copies of this package.
const REQUEST_SCHEMAS = Symbol.for("@broadcart/core/http:request-schemas")

type BodySchema = Parameters<typeof validateAndTransformBody>[0]
type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

/**
 * Marks a middleware with the schema it validates, so the API documents (`/openapi.json`) can
 * describe the request. For middlewares that validate by other means than the two below.
 */
export function describeRequest<M extends object>(middleware: M, ...schemas: RequestSchema[]): M {
  Object.defineProperty(middleware, REQUEST_SCHEMAS, { value: [...requestSchemasOf(middleware), ...schemas] })
  return middleware
}

/** The request schemas a middleware was marked with (none for any other middleware). */
export function requestSchemasOf(middleware: unknown): RequestSchema[] {
  return (middleware as { [REQUEST_SCHEMAS]?: RequestSchema[] } | null)?.[REQUEST_SCHEMAS] ?? []
}

/** Medusa's `validateAndTransformBody`, with its schema readable by the API documents. */
export function validateBody(schema: BodySchema) {
  const described = (typeof schema === "function" ? schema(undefined) : schema) as z.ZodType
  return describeRequest(validateAndTransformBody(schema), { in: "body", schema: described })
}

/** Medusa's `validateAndTransformQuery`, with its schema readable by the API documents. */
export function validateQuery(schema: z.ZodType, config: QueryConfig) {
  return describeRequest(validateAndTransformQuery(schema as any, config), { in: "query", schema })
}
