import { z } from "@medusajs/framework/zod"

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1 and of AsyncAPI 3 payloads). */
export type JsonSchema = Record<string, unknown>

type Def = { type: string; in?: z.ZodType; out?: z.ZodType; shape?: Record<string, z.ZodType> }
const defOf = (schema: z.ZodType) => (schema as any)._zod.def as Def
const optionalIn = (schema: z.ZodType) => (schema as any)._zod.optin === "optional"

/**
 * Whether a client may leave the field out. `z.preprocess(fn, inner)` (Medusa's `createFindParams`)
 * is as optional as `inner`, though zod counts it as required.
 */
function mayOmit(schema: z.ZodType): boolean {
  const def = defOf(schema)
  if (def.type === "pipe" && def.in && def.out && defOf(def.in).type === "transform") {
    return mayOmit(def.out)
  }
  return optionalIn(schema)
}

/**
 * The JSON Schema of `schema`: by default of what a client sends (zod's input side: defaults make
 * a field optional, transforms are described by what they accept); `output` for what a server
 * sends. Dates travel as ISO 8601 strings. Refinements and transforms have no JSON Schema and are
 * left out.
 */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output" = "input"): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const def = defOf(zodSchema as unknown as z.ZodType)
      if (def.type === "date") {
        Object.assign(jsonSchema, { type: "string", format: "date-time" })
      }
      if (io === "input" && def.type === "object" && def.shape && Array.isArray(jsonSchema.required)) {
        const required = jsonSchema.required.filter((key) => !mayOmit(def.shape![key]))
        required.length ? (jsonSchema.required = required) : delete jsonSchema.required
      }
    },
  }) as JsonSchema
  return json
}
