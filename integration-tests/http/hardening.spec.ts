import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"
import { adminHeaders, configEnv, fromIp } from "../helpers/admin"

jest.setTimeout(120_000)
configEnv({ STORE_CORS: "https://shop.example.com" })

medusaIntegrationTestRunner({
  env: {
    RATE_LIMIT_GLOBAL: "12/15m",
    RATE_LIMIT_AUTH: "3/15m",
    RATE_LIMIT_UPLOADS: "2/1h",
    RATE_LIMIT_STAFF: "30/15m",
  },
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const as = (ip: string, extra: Record<string, string> = {}) => fromIp(ip, { ...admin.headers, ...extra })

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
    })

    it("sends security headers and echoes the request id", async () => {
      const res = await api.get("/admin/broadcart/plugins", as("10.0.0.1", { "x-request-id": "test-req-42" }))
      expect(res.status).toBe(200)
      expect(res.headers["x-request-id"]).toBe("test-req-42")
      expect(res.headers["content-security-policy"]).toContain("default-src 'none'")
      expect(res.headers["x-content-type-options"]).toBe("nosniff")
      expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN")
      expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d+/)
      expect(res.data.plugins.map((p: any) => p.name)).toContain("@broadcart/admin")
    })

    it("answers malformed JSON with 400 in the error shape, with headers and no stack", async () => {
      const res = await api.post("/admin/products", '{"title": "Mic", ', as("10.0.0.2", { "content-type": "application/json" }))
      expect(res.status).toBe(400)
      expect(res.data).toEqual({ type: "invalid_data", message: "Malformed JSON in request body" })
      expect(res.headers["x-content-type-options"]).toBe("nosniff")
      expect(res.headers["x-request-id"]).toBeTruthy()
    })

    it("names the field of a validation error", async () => {
      const res = await api.post("/admin/products", { title: 42 }, as("10.0.0.3"))
      expect(res.status).toBe(400)
      expect(res.data).toEqual({ type: "invalid_data", message: expect.stringContaining("title"), field: "title" })
      expect(JSON.stringify(res.data)).not.toMatch(/at .*\.js:\d+/)
    })

    it("limits failed logins per IP with 429 and Retry-After", async () => {
      const wrong = { email: "admin@test.local", password: "wrong" }
      const statuses: number[] = []
      for (let i = 0; i < 4; i++) {
        statuses.push((await api.post("/auth/user/emailpass", wrong, fromIp("10.0.1.1"))).status)
      }
      expect(statuses).toEqual([401, 401, 401, 429])
      const blocked = await api.post("/auth/user/emailpass", wrong, fromIp("10.0.1.1"))
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      expect(blocked.data.type).toBe("too_many_requests")
      const right = { email: "admin@test.local", password: "s3cret-pass" }
      expect((await api.post("/auth/user/emailpass", right, fromIp("10.0.1.2"))).status).toBe(200)
    })

    it("does not count successful logins against the auth limit", async () => {
      const right = { email: "admin@test.local", password: "s3cret-pass" }
      for (let i = 0; i < 5; i++) {
        expect((await api.post("/auth/user/emailpass", right, fromIp("10.0.1.3"))).status).toBe(200)
      }
    })

    it("limits all routes per IP, but counts signed-in staff per actor instead", async () => {
      const [key] = await getContainer()
        .resolve(Modules.API_KEY)
        .createApiKeys([{ title: "Test storefront", type: "publishable", created_by: "test" }])
      const store = (ip: string) => fromIp(ip, { "x-publishable-api-key": key.token })
      const statuses: number[] = []
      for (let i = 0; i < 13; i++) {
        statuses.push((await api.get("/store/regions", store("10.0.2.1"))).status)
      }
      expect(statuses.slice(0, 12).every((s) => s === 200)).toBe(true)
      expect(statuses[12]).toBe(429)
      expect((await api.get("/store/regions", store("10.0.2.2"))).status).toBe(200)

      for (let i = 0; i < 13; i++) {
        expect((await api.get("/admin/broadcart/plugins", as("10.0.2.3"))).status).toBe(200)
      }

      // A vendor member's token (verified with the app's JWT secret) is staff too.
      const vendorToken = jwt.sign({ actor_id: "vmem_test", actor_type: "vendor", auth_identity_id: "authid_test" }, "supersecret", { expiresIn: "1h" })
      const asVendor = fromIp("10.0.2.1", { "x-publishable-api-key": key.token, authorization: `Bearer ${vendorToken}` })
      expect((await api.get("/store/regions", asVendor)).status).toBe(200)
      const forged = jwt.sign({ actor_id: "vmem_test", actor_type: "vendor" }, "wrong-secret")
      const asForged = fromIp("10.0.2.1", { "x-publishable-api-key": key.token, authorization: `Bearer ${forged}` })
      expect((await api.get("/store/regions", asForged)).status).toBe(429)
    })

    it("limits each signed-in staff member on the staff limit", async () => {
      const staff = await adminHeaders(getContainer(), api, "busy@test.local", "s3cret-pass")
      const statuses: number[] = []
      for (let i = 0; i < 31; i++) {
        statuses.push((await api.get("/admin/broadcart/plugins", fromIp(`10.0.5.${i}`, staff.headers))).status)
      }
      expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true)
      const blocked = await api.get("/admin/broadcart/plugins", fromIp("10.0.5.99", staff.headers))
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toMatch(/staff limit is 30/)
      expect((await api.get("/admin/broadcart/plugins", as("10.0.5.100"))).status).toBe(200)
    })

    it("limits uploads per user, not per IP", async () => {
      const upload = async (headers: Record<string, string>, ip: string) => {
        const form = new FormData()
        form.append("files", new Blob(["hello"], { type: "text/plain" }), "hello.txt")
        return (await api.post("/admin/uploads", form, { ...fromIp(ip, headers) })).status
      }
      const first = [await upload(admin.headers, "10.0.3.1"), await upload(admin.headers, "10.0.3.2"), await upload(admin.headers, "10.0.3.3")]
      expect(first).toEqual([200, 200, 429])
      const other = await adminHeaders(getContainer(), api, "second@test.local", "s3cret-pass")
      expect(await upload(other.headers, "10.0.3.4")).toBe(200)
    })

    it("allows CORS only from configured storefront origins", async () => {
      const preflight = (origin: string) =>
        api.options("/store/products", fromIp("10.0.4.1", { origin, "access-control-request-method": "GET" }))
      const allowed = await preflight("https://shop.example.com")
      expect(allowed.status).toBe(204)
      expect(allowed.headers["access-control-allow-origin"]).toBe("https://shop.example.com")
      const denied = await preflight("https://evil.example.com")
      expect(denied.headers["access-control-allow-origin"]).toBeUndefined()
    })
  },
})
