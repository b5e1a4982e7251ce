import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import http from "node:http"
import jwt from "jsonwebtoken"
import { adminHeaders, configEnv, fileForm, fromIp, recordEvents, streamUpload, uploadFixtures } from "@broadcart/test-utils"
import { signUpActiveVendor, signUpVendor } from "@broadcart/test-utils/marketplace"

jest.setTimeout(120_000)
const STOREFRONT_SECRET = "storefront-secret-for-tests-0123456789"
// Its own Redis keys per run, so counters of an earlier run never block this one.
configEnv({
  REDIS_PREFIX: `hardening-${Date.now()}:`,
  STORE_CORS: "https://shop.example.com",
  RATE_LIMIT_ANALYTICS: "15/1m",
  ANALYTICS_MAX_EVENTS_PER_POST: "3",
  AUTH_PASSWORD_MIN_LENGTH: "10",
  UPLOADS_DIR: mkdtempSync(join(tmpdir(), "broadcart-uploads-")),
})
const { png } = uploadFixtures()

medusaIntegrationTestRunner({
  env: {
    RATE_LIMIT_GLOBAL: "12/15m",
    RATE_LIMIT_AUTH: "3/15m",
    RATE_LIMIT_UPLOADS: "2/1h",
    RATE_LIMIT_STAFF: "30/15m",
    RATE_LIMIT_STOREFRONT: "20/15m",
    STOREFRONT_SECRETS: `another-storefront-secret-000000,${STOREFRONT_SECRET}`,
    // The test client is a proxy on loopback; clients on 127.0.0.2 and 127.0.0.3 are not.
    TRUSTED_PROXIES: "127.0.0.1,::1",
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

    it("lists only the options each plugin declares, never Medusa's database URL or a password", async () => {
      const res = await api.get("/admin/broadcart/plugins", as("10.0.8.1"))
      expect(res.status).toBe(200)
      expect(res.data.plugins.length).toBeGreaterThanOrEqual(5)
      for (const plugin of res.data.plugins) {
        expect(Object.keys(plugin.options).filter((key) => !(key in plugin.options_schema.properties))).toEqual([])
      }
      const options = JSON.stringify(res.data.plugins.map((p: any) => p.options))
      expect(options).not.toMatch(/clientUrl|postgres(ql)?:\/\/|password/i)
    })

    const register = (actor: string, body: Record<string, unknown>, ip: string) => api.post(`/auth/${actor}/emailpass/register`, body, fromIp(ip))
    // An address of `length` characters, with DNS labels no longer than 63.
    const emailOfLength = (length: number) => {
      const local = "a".repeat(64)
      const labels = ["b".repeat(60), "c".repeat(60), "d".repeat(length - 64 - 1 - 60 - 60 - 2 - ".example".length)]
      return `${local}@${labels.join(".")}.example`
    }

    it("refuses registering a customer or vendor member with a password shorter than AUTH_PASSWORD_MIN_LENGTH, naming the field", async () => {
      for (const [i, actor] of ["customer", "vendor"].entries()) {
        const res = await register(actor, { email: `short-${actor}@test.local`, password: "nine-char" }, `10.0.9.${i}`)
        expect(res.status).toBe(400)
        expect(res.data).toEqual({ type: "invalid_data", message: "password: must be at least 10 characters", field: "password" })
      }
    })

    it("refuses registering with an identifier that is not an email address of at most 254 characters", async () => {
      const password = "long-enough-pass"
      const bad = [{ password }, { email: "not-an-email", password }, { email: emailOfLength(255), password }]
      for (const [i, body] of bad.entries()) {
        for (const [j, actor] of ["customer", "vendor"].entries()) {
          const res = await register(actor, body, `10.0.10.${i * 2 + j}`)
          expect(res.status).toBe(400)
          expect(res.data).toMatchObject({ type: "invalid_data", field: "email" })
        }
      }
    })

    it("registers a customer and a vendor member with a 254-character email and a password of the minimum length", async () => {
      expect(emailOfLength(254)).toHaveLength(254)
      for (const [i, actor] of ["customer", "vendor"].entries()) {
        const res = await register(actor, { email: emailOfLength(254), password: "ten-chars!" }, `10.0.11.${i}`)
        expect(res.status).toBe(200)
        expect(res.data.token).toBeTruthy()
      }
    })

    it("lets an account whose password is shorter than the minimum sign in", async () => {
      const email = "old-account@test.local"
      await getContainer()
        .resolve(Modules.AUTH)
        .register("emailpass", { body: { email, password: "short" } } as any)
      const res = await api.post("/auth/customer/emailpass", { email, password: "short" }, fromIp("10.0.12.1"))
      expect(res.status).toBe(200)
      expect(res.data.token).toBeTruthy()
    })

    it("refuses a password update shorter than AUTH_PASSWORD_MIN_LENGTH, naming the field", async () => {
      const email = "resetting@test.local"
      expect((await register("customer", { email, password: "first-password" }, "10.0.13.1")).status).toBe(200)
      const resets = recordEvents(getContainer(), ["auth.password_reset"])
      expect((await api.post("/auth/customer/emailpass/reset-password", { identifier: email }, fromIp("10.0.13.2"))).status).toBe(201)
      const until = Date.now() + 10_000
      while (!resets.length && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100))
      }
      const update = (password: string, ip: string) =>
        api.post("/auth/customer/emailpass/update", { password }, fromIp(ip, { authorization: `Bearer ${resets[0].data.token}` }))
      const short = await update("nine-char", "10.0.13.3")
      expect(short.status).toBe(400)
      expect(short.data).toEqual({ type: "invalid_data", message: "password: must be at least 10 characters", field: "password" })
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

    const storeKey = async () =>
      (
        await getContainer()
          .resolve(Modules.API_KEY)
          .createApiKeys([{ title: "Test storefront", type: "publishable", created_by: "test" }])
      )[0].token
    const statusesOf = async (n: number, request: () => Promise<{ status: number }>) => {
      const statuses: number[] = []
      for (let i = 0; i < n; i++) {
        statuses.push((await request()).status)
      }
      return statuses
    }

    it("limits all routes per IP", async () => {
      const key = await storeKey()
      const statuses = await statusesOf(13, () => api.get("/store/regions", fromIp("10.0.2.1", { "x-publishable-api-key": key })))
      expect(statuses.slice(0, 12).every((s) => s === 200)).toBe(true)
      expect(statuses[12]).toBe(429)
      expect((await api.get("/store/regions", fromIp("10.0.2.2", { "x-publishable-api-key": key }))).status).toBe(200)
    })

    it("counts admins on the staff limit on /admin/*, and per IP on other routes", async () => {
      expect(await statusesOf(13, () => api.get("/admin/broadcart/plugins", as("10.0.2.3")))).toEqual(Array(13).fill(200))
      const key = await storeKey()
      const store = await statusesOf(13, () => api.get("/store/regions", as("10.0.2.4", { "x-publishable-api-key": key })))
      expect(store[12]).toBe(429)
    })

    it("counts a forged staff token per IP", async () => {
      const forged = jwt.sign({ actor_id: "vmem_forged", actor_type: "vendor" }, "wrong-secret")
      const statuses = await statusesOf(13, () => api.get("/vendor/me", fromIp("10.0.2.5", { authorization: `Bearer ${forged}` })))
      expect(statuses[12]).toBe(429)
    })

    it("gives members of active vendors the staff limit on /vendor/*, and members of pending vendors none", async () => {
      const token = (vendor: { as: () => { headers: Record<string, string> } }) => ({ authorization: vendor.as().headers.authorization })
      const pending = await signUpVendor(api, "Pending Shop")
      const active = await signUpActiveVendor(api, getContainer(), "Active Shop")
      expect((await statusesOf(13, () => api.get("/vendor/me", fromIp("10.0.2.6", token(pending)))))[12]).toBe(429)
      expect(await statusesOf(13, () => api.get("/vendor/me", fromIp("10.0.2.7", token(active))))).toEqual(Array(13).fill(200))
      const key = await storeKey()
      const store = await statusesOf(13, () => api.get("/store/regions", fromIp("10.0.2.8", { ...token(active), "x-publishable-api-key": key })))
      expect(store[12]).toBe(429)
    })

    it("ignores X-Forwarded-For from a client that is not a trusted proxy", async () => {
      const key = await storeKey()
      const direct = (localAddress: string, method: "get" | "post", url: string, data?: unknown) =>
        api.request({
          method,
          url,
          data,
          baseURL: String(api.defaults.baseURL).replace("localhost", "127.0.0.1"),
          httpAgent: new http.Agent({ localAddress }),
          headers: { "x-forwarded-for": `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, "x-publishable-api-key": key },
          validateStatus: () => true,
        })
      expect((await statusesOf(13, () => direct("127.0.0.2", "get", "/store/regions")))[12]).toBe(429)
      const guesses = await statusesOf(4, () => direct("127.0.0.3", "post", "/auth/user/emailpass", { email: "admin@test.local", password: "wrong" }))
      expect(guesses).toEqual([401, 401, 401, 429])
    })

    it("lets storefront servers with a configured secret through on their own limit", async () => {
      const key = await storeKey()
      const shop = (secret: string) => () => api.get("/store/regions", fromIp("10.0.6.1", { "x-publishable-api-key": key, "x-storefront-secret": secret }))
      const statuses = await statusesOf(21, shop(STOREFRONT_SECRET))
      expect(statuses.slice(0, 20)).toEqual(Array(20).fill(200))
      expect(statuses[20]).toBe(429)
      expect((await shop(STOREFRONT_SECRET)()).data.message).toMatch(/storefront limit is 20/)
      const guessed = await statusesOf(13, shop("not-the-storefront-secret-at-all"))
      expect(guessed[12]).toBe(429)
      expect((await shop("not-the-storefront-secret-at-all")()).data.message).toMatch(/global limit/)
    })

    it("counts storefront analytics events on their own limit, with at most maxEventsPerPost events a post", async () => {
      const key = await storeKey()
      const store = fromIp("10.0.7.1", { "x-publishable-api-key": key })
      const post = (n: number) =>
        api.post("/store/analytics/events", { events: Array.from({ length: n }, () => ({ type: "stream_view", stream_id: "lstr_x" })) }, store)
      expect((await post(4)).status).toBe(400)
      expect(await statusesOf(14, () => post(3))).toEqual(Array(14).fill(202))
      expect((await api.get("/store/regions", store)).status).toBe(200)
      expect((await post(1)).status).toBe(429)
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

    const upload = async (headers: Record<string, string>, ip: string) =>
      (await api.post("/admin/uploads", fileForm(png, "frame.png", "image/png"), { ...fromIp(ip, headers) })).status

    it("limits uploads per user, not per IP", async () => {
      const first = [await upload(admin.headers, "10.0.3.1"), await upload(admin.headers, "10.0.3.2"), await upload(admin.headers, "10.0.3.3")]
      expect(first).toEqual([200, 200, 429])
      const other = await adminHeaders(getContainer(), api, "second@test.local", "s3cret-pass")
      expect(await upload(other.headers, "10.0.3.4")).toBe(200)
    })

    it("refuses an upload over the limit with 429 before reading its body", async () => {
      const uploader = await adminHeaders(getContainer(), api, "uploader@test.local", "s3cret-pass")
      expect([await upload(uploader.headers, "10.0.3.5"), await upload(uploader.headers, "10.0.3.5")]).toEqual([200, 200])
      const total = 40 * 1024 * 1024
      const refused = await streamUpload(api.defaults.baseURL!, fromIp("10.0.3.5", uploader.headers).headers, total)
      expect(refused.status).toBe(429)
      expect(refused.body.type).toBe("too_many_requests")
      expect(refused.sent).toBeLessThan(total)
    })

    it("allows CORS only from configured storefront origins", async () => {
      const preflight = (origin: string) => api.options("/store/products", fromIp("10.0.4.1", { origin, "access-control-request-method": "GET" }))
      const allowed = await preflight("https://shop.example.com")
      expect(allowed.status).toBe(204)
      expect(allowed.headers["access-control-allow-origin"]).toBe("https://shop.example.com")
      const denied = await preflight("https://evil.example.com")
      expect(denied.headers["access-control-allow-origin"]).toBeUndefined()
    })
  },
})
