import { z } from "@medusajs/framework/zod"
import { describeRequest, requestSchemasOf, validateBody, validateQuery } from "../validate"

const Body = z.object({ title: z.string().min(1) }).strict()

/** Runs a middleware on a bare request and resolves with what it passed to `next`. */
function run(middleware: any, req: Record<string, unknown>) {
  return new Promise<unknown>((resolve) => middleware(Object.assign(req, { allowed: [] }), {}, resolve))
}

describe("validateBody", () => {
  it("validates like Medusa's validateAndTransformBody", async () => {
    const req: any = { body: { title: "Live" } }
    expect(await run(validateBody(Body), req)).toBeUndefined()
    expect(req.validatedBody).toEqual({ title: "Live" })
    expect(await run(validateBody(Body), { body: { title: "" } })).toBeInstanceOf(Error)
  })

  it("carries its schema for the API documents", () => {
    expect(requestSchemasOf(validateBody(Body))).toEqual([{ in: "body", schema: Body }])
  })

  it("carries the schema of a body given as Medusa's additional-data function", () => {
    const schemas = requestSchemasOf(validateBody(() => Body))
    expect(schemas).toEqual([{ in: "body", schema: Body }])
  })
})

describe("validateQuery", () => {
  const Query = z.object({ limit: z.coerce.number().int().default(20) })

  it("validates like Medusa's validateAndTransformQuery and carries its schema", async () => {
    const middleware = validateQuery(Query, {})
    const req: any = { query: { limit: "5" } }
    expect(await run(middleware, req)).toBeUndefined()
    expect(req.validatedQuery).toEqual({ limit: 5 })
    expect(requestSchemasOf(middleware)).toEqual([{ in: "query", schema: Query }])
  })
})

describe("describeRequest", () => {
  it("marks any middleware, and other middlewares carry nothing", () => {
    const plain = (_req: unknown, _res: unknown, next: () => void) => next()
    expect(requestSchemasOf(plain)).toEqual([])
    expect(requestSchemasOf(undefined)).toEqual([])
    expect(requestSchemasOf(describeRequest(plain, { in: "body", schema: Body }))).toEqual([{ in: "body", schema: Body }])
  })
})
