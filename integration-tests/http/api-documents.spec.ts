import { dirname } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { io as connect } from "socket.io-client"
import { adminHeaders, declaredRoutes, fromIp } from "@broadcart/test-utils"
import { asyncApiValidator, jsonSchemaValidator, openApiValidator } from "../helpers/api-documents"

jest.setTimeout(120_000)

const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}")
const operations = (doc: any) =>
  Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let openapi: any
    let asyncapi: any

    beforeAll(async () => {
      // Public: no credentials.
      openapi = (await api.get("/openapi.json", fromIp("10.31.0.1"))).data
      asyncapi = (await api.get("/asyncapi.json", fromIp("10.31.0.2"))).data
    })

    describe("GET /openapi.json", () => {
      it("is a valid OpenAPI 3.1 document, served without credentials", async () => {
        const again = await api.get("/openapi.json", fromIp("10.31.0.3"))
        expect(again.status).toBe(200)
        expect(again.data).toEqual(openapi)
        expect(openapi.openapi).toBe("3.1.0")
        const validate = openApiValidator()
        expect({ valid: validate(openapi), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null })
      })

      it("has every route our plugins and the app register, with its methods, and nothing else", async () => {
        const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
        const plugins = (config.plugins as any[]).map((p) => (typeof p === "string" ? p : p.resolve)).filter((name: string) => !name.startsWith("@medusajs/"))
        const dirs = [...plugins.map((p) => dirname(require.resolve(`${p}/package.json`, { paths: [process.cwd()] }))), process.cwd()]
        const declared = dirs.flatMap((dir) => declaredRoutes(dir)).map((r) => `${r.method} ${openApiPath(r.path)}`)
        expect(declared.length).toBeGreaterThan(60)
        expect(operations(openapi).sort()).toEqual([...new Set(declared)].sort())
        const tags = openapi.paths["/vendor/live-streams"].post.tags
        expect(tags).toEqual(["@broadcart/plugin-live-streaming"])
      })

      it("describes a body validator as the request body: POST /vendor/live-streams requires a title", () => {
        const body = openapi.paths["/vendor/live-streams"].post.requestBody
        expect(body.required).toBe(true)
        const schema = body.content["application/json"].schema
        expect(schema.required).toEqual(["title"])
        expect(Object.keys(schema.properties).sort()).toEqual(["cover_image", "description", "product_ids", "scheduled_at", "title"])
        expect(schema.properties.title).toMatchObject({ type: "string", minLength: 1, maxLength: 200 })
        expect(schema.additionalProperties).toBe(false)
        // A route without a body validator has no request body.
        expect(openapi.paths["/vendor/members/{id}"].delete.requestBody).toBeUndefined()
      })

      it("describes a validator built from the plugin's options: POST /store/analytics/events takes 1 to 50 events", () => {
        const schema = openapi.paths["/store/analytics/events"].post.requestBody.content["application/json"].schema
        expect(schema.required).toEqual(["events"])
        expect(schema.properties.events).toMatchObject({ type: "array", minItems: 1, maxItems: 50 })
      })

      it("accepts the bodies the route accepts and refuses the ones it refuses (POST /admin/vendors/:id)", async () => {
        const admin = await adminHeaders(getContainer(), api)
        const schema = openapi.paths["/admin/vendors/{id}"].post.requestBody.content["application/json"].schema
        const documented = jsonSchemaValidator(schema)
        const bodies = [{}, { name: "Ann's shop" }, { logo: null }, { name: "" }, { email: "not-an-email" }, { handle: "Not A Handle" }, { unknown: 1 }]
        const verdicts = []
        for (const [i, body] of bodies.entries()) {
          const res = await api.post("/admin/vendors/vend_missing", body, fromIp(`10.31.1.${i}`, admin.headers))
          verdicts.push({ body, documented: documented(body), server: res.status !== 400 })
        }
        expect(verdicts.map((v) => v.documented)).toEqual([true, true, true, false, false, false, false])
        expect(verdicts.map((v) => v.server)).toEqual(verdicts.map((v) => v.documented))
      })

      it("describes path parameters and query validators as parameters", () => {
        const list = openapi.paths["/store/live-streams"].get.parameters
        expect(list.find((p: any) => p.name === "status")).toMatchObject({ in: "query", required: false, schema: { enum: ["live", "scheduled", "ended"] } })
        expect(list.find((p: any) => p.name === "limit")).toMatchObject({ in: "query", schema: { type: "integer", maximum: 100 } })
        const pin = openapi.paths["/vendor/live-streams/{id}/pins/{product_id}"].delete.parameters
        expect(pin.map((p: any) => [p.name, p.in, p.required])).toEqual([
          ["id", "path", true],
          ["product_id", "path", true],
        ])
      })

      it("names each route's auth: publishable key for store, a vendor token for vendor, admin token or session for admin", () => {
        const { securitySchemes } = openapi.components
        expect(securitySchemes.publishableKey).toMatchObject({ type: "apiKey", in: "header", name: "x-publishable-api-key" })
        expect(Object.keys(securitySchemes).sort()).toEqual(["adminApiKey", "adminSession", "adminToken", "customerToken", "publishableKey", "vendorToken"])
        expect(openapi.paths["/store/live-streams"].get.security).toEqual([{ publishableKey: [] }, { publishableKey: [], customerToken: [] }])
        expect(openapi.paths["/vendor/payouts"].get.security).toEqual([{ vendorToken: [] }])
        expect(openapi.paths["/admin/payouts"].get.security).toEqual([{ adminToken: [] }, { adminSession: [] }, { adminApiKey: [] }])
        expect(openapi.paths["/hooks/stripe-payouts"].post.security).toEqual([])
        expect(openapi.paths["/admin/payouts"].get.responses["4XX"]).toEqual({ $ref: "#/components/responses/Error" })
        expect(openapi.components.schemas.Error.required).toEqual(["type", "message"])
        expect(JSON.stringify(openapi)).not.toMatch(/postgres(ql)?:\/\/|secret_|sk_test|jwt_?secret/i)
      })
    })

    describe("GET /asyncapi.json", () => {
      it("is a valid AsyncAPI 3 document, linked from the OpenAPI document", async () => {
        expect(openapi.info["x-asyncapi"]).toBe("/asyncapi.json")
        const validate = asyncApiValidator()
        expect({ valid: validate(asyncapi), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null })
      })

      it("describes the /live namespace: what clients send, with the server's acknowledgements, and what the server sends", () => {
        expect(asyncapi.channels.live.address).toBe("/live")
        const actions = Object.fromEntries(Object.entries(asyncapi.operations).map(([id, op]: [string, any]) => [id, op.action]))
        expect(actions).toEqual({
          "live.join": "receive",
          "live.leave": "receive",
          "live.viewers": "receive",
          "live.chat_send": "receive",
          "live.moderate": "receive",
          "live.chat.sent": "send",
          "live.chat_deleted.sent": "send",
          "live.chat_slow_mode.sent": "send",
          "live.viewers.sent": "send",
          "live.stream_status.sent": "send",
          "live.product_pinned.sent": "send",
        })
        const chatSend = asyncapi.components.messages["live.chat_send"]
        expect(chatSend.name).toBe("chat:send")
        expect(chatSend.payload.required).toEqual(["stream_id", "text"])
        expect(asyncapi.components.messages["live.moderate"].payload.oneOf ?? asyncapi.components.messages["live.moderate"].payload.anyOf).toHaveLength(4)
        expect(asyncapi.channels.live["x-handshake-auth"].properties).toHaveProperty("token")
      })

      it("documents the acknowledgements a real socket gets", async () => {
        const port = getContainer().resolve<any>("liveStreaming").live.realtime.port
        const socket = connect(`http://127.0.0.1:${port}/live`, { transports: ["websocket"], reconnection: false })
        await new Promise<void>((resolve, reject) => socket.once("connect", () => resolve()).once("connect_error", reject))
        try {
          const ack = (event: string) => jsonSchemaValidator(asyncapi.components.messages[`live.${event}.ack`].payload)
          const replies = {
            join: await socket.timeout(5000).emitWithAck("join", { stream_id: "lstr_missing" }),
            viewers: await socket.timeout(5000).emitWithAck("viewers", { stream_id: "lstr_missing" }),
            chat_send: await socket.timeout(5000).emitWithAck("chat:send", { stream_id: "lstr_missing", text: "hi" }),
            leave: await socket.timeout(5000).emitWithAck("leave", { stream_id: "lstr_missing" }),
          }
          expect(replies).toEqual({
            join: { ok: false, error: "Stream not found" },
            viewers: { ok: true, stream_id: "lstr_missing", current: 0, peak: 0 },
            chat_send: { ok: false, error: "Sign in to chat" },
            leave: { ok: true },
          })
          for (const [event, reply] of Object.entries(replies)) {
            expect({ event, documented: ack(event)(reply) }).toEqual({ event, documented: true })
          }
        } finally {
          socket.disconnect()
        }
      })
    })
  },
})
