import { z } from "@medusajs/framework/zod"
import { buildOpenApi, operationId } from "../openapi"
import type { RegisteredRoute } from "../registered-routes"

const info = { title: "Test", version: "1.0.0", description: "", asyncApiUrl: "/asyncapi.json" }
const route = (method: string, path: string, plugin = "@acme/plugin-shop", authenticate = true): RegisteredRoute => ({ plugin, method, path, authenticate })
const body = (schema: z.ZodType) => ({ in: "body" as const, schema })

describe("buildOpenApi", () => {
  it("binds a validator to its matcher and method only", () => {
    const Create = z.object({ title: z.string() })
    const doc: any = buildOpenApi(
      [route("GET", "/vendor/shops/:id"), route("POST", "/vendor/shops/:id")],
      [{ matcher: "/vendor/shops/:id", methods: ["POST"], schemas: [body(Create)] }],
      info
    )
    expect(doc.paths["/vendor/shops/{id}"].post.requestBody.content["application/json"].schema.required).toEqual(["title"])
    expect(doc.paths["/vendor/shops/{id}"].get.requestBody).toBeUndefined()
    expect(doc.paths["/vendor/shops/{id}"].get.parameters).toEqual([{ name: "id", in: "path", required: true, schema: { type: "string" } }])
  })

  it("applies a validator bound without methods to every method of the path", () => {
    const doc: any = buildOpenApi([route("POST", "/store/shops")], [{ matcher: "/store/shops", schemas: [body(z.object({ a: z.string().optional() }))] }], info)
    expect(doc.paths["/store/shops"].post.requestBody.required).toBe(false)
  })

  it("keeps the route of the source loaded last, as Medusa does", () => {
    const doc: any = buildOpenApi([route("GET", "/store/shops", "@acme/first"), route("GET", "/store/shops", "@acme/second")], [], info)
    expect(doc.paths["/store/shops"].get.tags).toEqual(["@acme/second"])
  })

  it("moves the $defs of a recursive schema into components", () => {
    type Category = { name: string; children: Category[] }
    const Category: z.ZodType<Category> = z.lazy(() => z.object({ name: z.string(), children: z.array(Category) }))
    const doc: any = buildOpenApi([route("POST", "/admin/categories")], [{ matcher: "/admin/categories", schemas: [body(z.object({ root: Category }))] }], info)
    const json = JSON.stringify(doc)
    expect(json).not.toContain("#/$defs/")
    const refs = [...json.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(([, name]) => name)
    expect(refs.length).toBeGreaterThan(0)
    for (const name of refs) {
      expect(doc.components.schemas).toHaveProperty([name])
    }
  })

  it("takes no auth for an admin route that opts out, and none for routes outside store, vendor and admin", () => {
    const doc: any = buildOpenApi(
      [route("GET", "/admin/health", "@acme/x", false), route("GET", "/feeds/:id"), route("POST", "/store/shops", "@acme/x", false)],
      [],
      info
    )
    expect(doc.paths["/admin/health"].get.security).toEqual([])
    expect(doc.paths["/feeds/{id}"].get.security).toEqual([])
    expect(doc.paths["/feeds/{id}"].get.responses["2XX"]).toEqual({ description: "Success" })
    expect(doc.paths["/store/shops"].post.security).toEqual([{ publishableKey: [] }])
  })

  it("names operations after method and path", () => {
    expect(operationId("DELETE", "/vendor/live-streams/:id/pins/:product_id")).toBe("deleteVendorLiveStreamsIdPinsProductId")
  })
})
