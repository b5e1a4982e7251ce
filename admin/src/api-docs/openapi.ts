import { jsonSchemaOf, type JsonSchema } from "@broadcart/core/api-docs"
import type { RequestSchema } from "@broadcart/core/http"
import type { RegisteredRoute, SchemaBinding } from "./registered-routes"
import { securityOf, securitySchemes } from "./security"

type Operation = Record<string, unknown>
type Components = { schemas: Record<string, JsonSchema> }

const JSON_TYPE = "application/json"

/** `post /vendor/live-streams/:id/pins` → `postVendorLiveStreamsIdPins`. */
export function operationId(method: string, path: string) {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean)
  return method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join("")
}

/** Express `:param` → OpenAPI `{param}`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}")

/**
 * Moves a schema's `$defs` (zod writes them for recursive schemas) into `components.schemas`,
 * since `#/$defs/…` inside a document would point at the document's root.
 */
function hoistDefs(schema: JsonSchema, prefix: string, components: Components): JsonSchema {
  const { $defs, ...rest } = schema as JsonSchema & { $defs?: Record<string, JsonSchema> }
  if (!$defs) {
    return schema
  }
  const rename = (name: string) => `${prefix}_${name.replace(/[^A-Za-z0-9_.-]/g, "_")}`
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return value.map(rewrite)
    }
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) =>
          k === "$ref" && typeof v === "string" && v.startsWith("#/$defs/") ? [k, `#/components/schemas/${rename(v.slice(8))}`] : [k, rewrite(v)]
        )
      )
    }
    return value
  }
  for (const [name, def] of Object.entries($defs)) {
    components.schemas[rename(name)] = rewrite(def) as JsonSchema
  }
  return rewrite(rest) as JsonSchema
}

function pathParameters(path: string) {
  return [...path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }))
}

/** One query parameter per property of the query schema; objects as `key[sub]=…` (Medusa's `qs` parsing). */
function queryParameters(schema: JsonSchema) {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((schema.required ?? []) as string[])
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: "query",
    required: required.has(name),
    schema: property,
    ...(property.type === "object" ? { style: "deepObject", explode: true } : {}),
  }))
}

function responses(json: boolean) {
  return {
    "2XX": json ? { $ref: "#/components/responses/Success" } : { description: "Success" },
    "4XX": { $ref: "#/components/responses/Error" },
    "5XX": { $ref: "#/components/responses/Error" },
  }
}

function operation(route: RegisteredRoute, schemas: RequestSchema[], components: Components): Operation {
  const id = operationId(route.method, route.path)
  const body = schemas.find((s) => s.in === "body")
  const query = schemas.find((s) => s.in === "query")
  const bodySchema = body && hoistDefs(jsonSchemaOf(body.schema), `${id}Body`, components)
  const querySchema = query && hoistDefs(jsonSchemaOf(query.schema), `${id}Query`, components)
  const actorRoute = /^\/(store|vendor|admin)(\/|$)/.test(route.path)
  return {
    operationId: id,
    tags: [route.plugin],
    parameters: [...pathParameters(route.path), ...(querySchema ? queryParameters(querySchema) : [])],
    ...(bodySchema
      ? {
          requestBody: {
            required: ((bodySchema.required as string[] | undefined) ?? []).length > 0,
            content: { [JSON_TYPE]: { schema: bodySchema } },
          },
        }
      : {}),
    security: securityOf(route),
    responses: responses(actorRoute),
  }
}

/** The validators bound to exactly this route's path and method. */
function schemasFor(route: RegisteredRoute, bindings: SchemaBinding[]) {
  return bindings.filter((b) => b.matcher === route.path && (!b.methods || b.methods.includes(route.method))).flatMap((b) => b.schemas)
}

export type OpenApiInfo = { title: string; version: string; description: string; asyncApiUrl: string }

/**
 * The OpenAPI 3.1 document of the given routes: parameters from the path, query and body schemas
 * from the validators `middlewares.ts` binds, auth from the route's prefix, and the one error shape.
 */
export function buildOpenApi(routes: RegisteredRoute[], bindings: SchemaBinding[], info: OpenApiInfo) {
  const components: Components = {
    schemas: {
      Success: { type: "object", description: "The route's answer (shape not documented yet)", additionalProperties: true },
      Error: {
        type: "object",
        description: "The one shape of every error answer",
        properties: {
          type: { type: "string", description: "invalid_data, not_found, not_allowed, unauthorized, conflict, too_many_requests, …" },
          message: { type: "string" },
          field: { type: "string", description: "The request field that was wrong, when one was" },
        },
        required: ["type", "message"],
      },
    },
  }
  // Medusa registers routes in source order and a later source overrides an earlier one.
  const unique = new Map(routes.map((r) => [`${r.method} ${r.path}`, r]))
  const sorted = [...unique.values()].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
  const paths: Record<string, Record<string, Operation>> = {}
  for (const route of sorted) {
    const path = openApiPath(route.path)
    paths[path] ??= {}
    paths[path][route.method.toLowerCase()] = operation(route, schemasFor(route, bindings), components)
  }
  const plugins = [...new Set(sorted.map((r) => r.plugin))].sort()
  return {
    openapi: "3.1.0",
    info: { title: info.title, version: info.version, description: info.description, "x-asyncapi": info.asyncApiUrl },
    tags: plugins.map((name) => ({ name })),
    paths,
    components: {
      schemas: components.schemas,
      responses: {
        Success: { description: "Success", content: { [JSON_TYPE]: { schema: { $ref: "#/components/schemas/Success" } } } },
        Error: { description: "Error, in the one error shape", content: { [JSON_TYPE]: { schema: { $ref: "#/components/schemas/Error" } } } },
      },
      securitySchemes,
    },
  }
}
