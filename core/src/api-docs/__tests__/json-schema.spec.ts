import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { jsonSchemaOf } from "../json-schema"

describe("jsonSchemaOf", () => {
  it("describes what a client sends: fields with defaults are optional, no $schema", () => {
    const schema = jsonSchemaOf(z.object({ title: z.string().min(1), limit: z.coerce.number().int().default(20) }).strict())
    expect(schema).toEqual({
      type: "object",
      properties: {
        title: { type: "string", minLength: 1 },
        limit: { type: "integer", default: 20, minimum: expect.any(Number), maximum: expect.any(Number) },
      },
      required: ["title"],
      additionalProperties: false,
    })
  })

  it("describes what a server sends with `output`: defaulted fields are always there", () => {
    expect(jsonSchemaOf(z.object({ limit: z.number().default(20) }), "output").required).toEqual(["limit"])
  })

  it("writes dates as ISO 8601 strings and transforms as what they accept", () => {
    const schema = jsonSchemaOf(z.object({ from: z.coerce.date().optional(), currency: z.string().transform((c) => c.toLowerCase()) }))
    expect(schema.properties).toEqual({ from: { type: "string", format: "date-time" }, currency: { type: "string" } })
  })

  it("keeps the fields of Medusa's createFindParams optional (z.preprocess)", () => {
    const schema = jsonSchemaOf(createFindParams({ limit: 20, offset: 0 }).extend({ q: z.string() }))
    expect(schema.required).toEqual(["q"])
    expect(Object.keys(schema.properties as object).sort()).toEqual(["fields", "limit", "offset", "order", "q", "with_deleted"])
  })
})
