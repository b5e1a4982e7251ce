import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminHeaders,
  captureExpressApp,
  configEnv,
  declaredRoutes,
  expressRoutes,
  fileForm,
  fromIp,
  seedStore,
  signUpCustomer,
  streamUpload,
  uploadFixtures,
} from "@broadcart/test-utils"
import { createStockedProduct, signUpActiveVendor, twoVendorCart } from "@broadcart/test-utils/marketplace"

jest.setTimeout(180_000)
const uploadsDir = mkdtempSync(join(tmpdir(), "broadcart-uploads-"))
configEnv({ RATE_LIMITS_ENABLED: "false", UPLOADS_DIR: uploadsDir, UPLOAD_MAX_MB: "1", PUBLIC_URL: "https://api.shop.test" })
const media = uploadFixtures()
const server = captureExpressApp()

/** JSON text of an object nested `levels` deep (too deep for JSON.stringify). */
const deepJson = (levels: number) => '{"next":'.repeat(levels) + '"bottom"' + "}".repeat(levels)
const surrogate = '{"title": "\\ud800", "carrier": "\\ud800", "email": "\\udc00@x.test"}'
const wrongTypes = {
  id: {},
  title: [],
  quantity: "many",
  items: "x",
  metadata: 7,
  email: 5,
  cart_id: {},
  order_id: [],
  product_id: 1,
  variant_id: true,
  options: {},
  prices: "x",
  status: 9,
  scheduled_at: true,
}

/** Bounded attacks; each route gets two of them, in turn. `param` replaces the route's last path parameter. */
const ATTACKS: { name: string; param?: string; query?: string; json?: unknown; raw?: string; contentType?: string }[] = [
  { name: "NUL in path", param: "a%00b" },
  { name: "bad percent-encoding", param: "%E0%A4%A" },
  { name: "NUL in body and query", query: "q=a%00b&id=x%00", json: { title: "a\u0000", id: "x\u0000", email: "a\u0000@x.test", code: "\u0000" } },
  { name: "wrong types", query: "limit=abc&offset=-1&fields=%2B%2B&order=%00", json: wrongTypes },
  { name: "deep nesting", query: "metadata" + "[a]".repeat(40) + "=1", raw: `{"metadata": ${'{"a":'.repeat(3000)}1${"}".repeat(3000)}}` },
  { name: "oversized strings", query: `q=${"q".repeat(20_000)}`, json: { title: "t".repeat(90_000), handle: "h".repeat(90_000), sku: "s".repeat(90_000) } },
  { name: "wrong content type", raw: "title=a&id=b", contentType: "text/plain" },
  { name: "__proto__ keys", raw: '{"__proto__": {"admin": true}, "options": {"__proto__": "x"}, "metadata": {"__proto__": {}}}' },
  { name: "lone surrogates", raw: surrogate },
]

const product = (extra: Record<string, unknown> = {}) => ({ title: "Mic", options: [{ title: "Size", values: ["One"] }], ...extra })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: ReturnType<typeof fromIp>
    const raw = (method: string, url: string, body: string, headers: Record<string, string>, contentType = "application/json") =>
      api.request({ method, url, data: body, transformRequest: [(d: any) => d], ...fromIp("10.1.0.1", { ...headers, "content-type": contentType }) })

    beforeEach(async () => {
      admin = fromIp("10.1.0.2", (await adminHeaders(getContainer(), api)).headers)
    })

    it("refuses a NUL byte in a body string, a path id or a query string with 400 naming the field", async () => {
      const body = await api.post("/admin/products", product({ title: "Mic\u0000" }), admin)
      expect(body.status).toBe(400)
      expect(body.data).toEqual({ type: "invalid_data", message: expect.stringMatching(/NUL/), field: "title" })
      const path = await api.get("/admin/vendors/vend_%00x", admin)
      expect(path.status).toBe(400)
      expect(path.data.type).toBe("invalid_data")
      const query = await api.get("/admin/products?q=a%00b", admin)
      expect(query.status).toBe(400)
      expect(query.data.field).toBe("q")
    })

    it("refuses a lone surrogate in a string with 400", async () => {
      const res = await raw("POST", "/admin/products", '{"title": "Mic \\ud800"}', admin.headers)
      expect(res.status).toBe(400)
      expect(res.data).toMatchObject({ type: "invalid_data", field: "title" })
    })

    it("keeps the 400 of bad percent-encoding in a path, on every route family", async () => {
      for (const url of ["/hls/x/%E0%A4%A", "/admin/vendors/%E0%A4%A", "/vendor/products/%E0%A4%A", "/auth/user/%E0%A4%A"]) {
        const res = await api.get(url, admin)
        expect({ url, status: res.status, type: res.data.type }).toEqual({ url, status: 400, type: "invalid_data" })
      }
    })

    it("refuses __proto__ keys", async () => {
      const res = await raw("POST", "/admin/products", '{"title": "Mic", "metadata": {"__proto__": {"admin": true}}}', admin.headers)
      expect(res.status).toBe(400)
      expect(res.data).toMatchObject({ type: "invalid_data", field: "metadata.__proto__" })
    })

    it("refuses bodies nested deeper than 32 levels", async () => {
      const body = (levels: number) => `{"title": "Mic", "options": [{"title": "Size", "values": ["One"]}], "metadata": ${deepJson(levels)}}`
      const res = await raw("POST", "/admin/products", body(3000), admin.headers)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/nested deeper than 32/)
      const fine = await raw("POST", "/admin/products", body(20), admin.headers)
      expect(fine.status).toBe(200)
    })

    it("refuses an identifier longer than 255 characters and any string longer than 16 KB", async () => {
      const handle = await api.post("/admin/products", product({ handle: "h".repeat(90_000) }), admin)
      expect(handle.status).toBe(400)
      expect(handle.data).toMatchObject({ field: "handle", message: expect.stringMatching(/at most 255/) })
      const sku = await api.post("/admin/products", product({ variants: [{ title: "One", sku: "S".repeat(256), options: { Size: "One" } }] }), admin)
      expect(sku.data).toMatchObject({ field: "variants.0.sku" })
      const description = await api.post("/admin/products", product({ description: "d".repeat(16_385) }), admin)
      expect(description.data).toMatchObject({ field: "description", message: expect.stringMatching(/at most 16384/) })
    })

    it("answers a body that is not JSON on a JSON route with 415", async () => {
      const text = await raw("POST", "/admin/products", "title=Mic", admin.headers, "text/plain")
      expect(text.status).toBe(415)
      expect(text.data).toEqual({ type: "unsupported_media_type", message: expect.stringMatching(/application\/json/) })
      const form = await raw("POST", "/admin/products", "title=Mic", admin.headers, "application/x-www-form-urlencoded")
      expect(form.status).toBe(415)
    })

    it("lets Medusa's multipart product import through the JSON-only screen", async () => {
      const csv = Buffer.from("Product Handle,Product Title\nimported-mic,Imported Mic\n")
      const imported = await api.post("/admin/products/import", fileForm(csv, "products.csv", "text/csv", "file"), fromIp("10.1.0.9", admin.headers))
      expect(imported.status).not.toBe(415)
      expect(imported.status).toBeLessThan(500)
      const misnamed = await api.post("/admin/products/import", fileForm(csv, "products.csv", "text/csv", "files"), fromIp("10.1.0.9", admin.headers))
      expect([misnamed.status, misnamed.data.type, misnamed.data.field]).toEqual([400, "invalid_data", "files"])
    })

    it("answers unknown routes with a JSON 404 in the error shape", async () => {
      const res = await api.get("/nowhere/at/all", fromIp("10.1.0.3"))
      expect(res.status).toBe(404)
      expect(res.data).toEqual({ type: "not_found", message: "Cannot GET /nowhere/at/all" })
      expect(res.headers["x-content-type-options"]).toBe("nosniff")
      const wrongMethod = await api.delete("/admin/broadcart/plugins", admin)
      expect(wrongMethod.status).toBe(404)
      expect(wrongMethod.data.type).toBe("not_found")
    })

    it("refuses a new variant without a value for each of the product's options", async () => {
      await seedStore(getContainer())
      const vendor = await signUpActiveVendor(api, getContainer(), "Option Shop")
      const created = await api.post(
        "/vendor/products",
        {
          title: "Sized Tee",
          options: [{ title: "Size", values: ["One", "Two"] }],
          variants: [{ title: "One", options: { Size: "One" }, prices: [{ currency_code: "usd", amount: 20 }] }],
        },
        vendor.as()
      )
      const product = created.data.product
      const variant = { title: "Two", prices: [{ currency_code: "usd", amount: 20 }] }
      const empty = await api.post(`/vendor/products/${product.id}/variants`, { ...variant, options: {} }, vendor.as())
      expect(empty.status).toBe(400)
      expect(empty.data).toMatchObject({ type: "invalid_data", field: "options", message: expect.stringMatching(/Size/) })
      const unknown = await api.post(`/vendor/products/${product.id}/variants`, { ...variant, options: { Size: "One", Colour: "Red" } }, vendor.as())
      expect(unknown.status).toBe(400)
      const good = await api.post(`/vendor/products/${product.id}/variants`, { ...variant, options: { Size: "Two" } }, vendor.as())
      expect([good.status, good.data.variant?.options?.[0]?.value]).toEqual([201, "Two"])
    })

    it("answers shipping-option calculation for an unknown cart or option with 404", async () => {
      const store = await seedStore(getContainer())
      const buyer = await signUpCustomer(api, store.key)
      const cart = await api.post("/store/carts", { region_id: store.regionId }, buyer.as())
      const options = await api.get(`/store/shipping-options?cart_id=${cart.data.cart.id}`, buyer.as())
      const option = options.data.shipping_options[0].id
      const unknownCart = await api.post(`/store/shipping-options/${option}/calculate`, { cart_id: "cart_missing" }, buyer.as())
      expect(unknownCart.status).toBe(404)
      expect(unknownCart.data.type).toBe("not_found")
      const unknownOption = await api.post("/store/shipping-options/so_missing/calculate", { cart_id: cart.data.cart.id }, buyer.as())
      expect(unknownOption.status).toBe(404)
    })

    it("answers cart routes with bad input with 4xx: unknown cart promotions, empty customer body, fractional quantities", async () => {
      const store = await seedStore(getContainer())
      const buyer = await signUpCustomer(api, store.key)
      const promotions = await api.post("/store/carts/cart_missing/promotions", { promo_codes: ["SPRING"] }, buyer.as())
      expect(promotions.status).toBe(404)
      const cart = (await api.post("/store/carts", { region_id: store.regionId }, buyer.as())).data.cart
      const customer = await api.post(`/store/carts/${cart.id}/customer`, undefined, buyer.as())
      expect(customer.status).toBeLessThan(500)
      const vendor = await signUpActiveVendor(api, getContainer(), "Quantity Shop")
      const { variantId } = await createStockedProduct(api, vendor, "Counted Cup", 5)
      const fractional = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1.5 }, buyer.as())
      expect(fractional.status).toBe(400)
      expect(fractional.data).toMatchObject({ type: "invalid_data", field: "quantity" })
      const whole = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 2 }, buyer.as())
      expect(whole.status).toBe(200)
      const item = whole.data.cart.items[0]
      const update = await api.post(`/store/carts/${cart.id}/line-items/${item.id}`, { quantity: 2.5 }, buyer.as())
      expect(update.status).toBe(400)
    })

    it("refuses a return with no items or more than was ordered", async () => {
      const container = getContainer()
      const store = await seedStore(container)
      const { a, buyer, cartId, orderOf } = await twoVendorCart(api, container, store, [
        { vendor: "Return Co", product: "Lamp", price: 30, quantity: 1 },
        { vendor: "Other Co", product: "Vase", price: 10, quantity: 1 },
      ])
      const group = (await api.post(`/store/carts/${cartId}/complete`, {}, buyer.as())).data.order_group
      const order = orderOf(group, a)
      const returnOf = (items: any[]) =>
        api.post("/store/returns", { order_id: order.id, items, return_shipping: { option_id: store.returnOptionId } }, buyer.as())
      const none = await returnOf([])
      expect(none.status).toBe(400)
      expect(none.data.field).toBe("items")
      const tooMany = await returnOf([{ id: order.items[0].id, quantity: 5 }])
      expect(tooMany.data).toMatchObject({ type: "invalid_data", field: "items.0.quantity" })
    })

    it("refuses a scheduled_at that is not an ISO date", async () => {
      const host = await signUpActiveVendor(api, getContainer(), "Show Host")
      for (const scheduled_at of [true, -1, "tomorrow", 1700000000000]) {
        const res = await api.post("/vendor/live-streams", { title: "Show", scheduled_at }, host.as())
        expect({ scheduled_at, status: res.status, body: res.data }).toEqual({
          scheduled_at,
          status: 400,
          body: expect.objectContaining({ field: "scheduled_at" }),
        })
      }
      const good = await api.post("/vendor/live-streams", { title: "Show", scheduled_at: "2030-01-02T18:00:00.000Z" }, host.as())
      expect(good.status).toBe(201)
      expect(good.data.live_stream.scheduled_at).toBe("2030-01-02T18:00:00.000Z")
    })

    describe("POST /admin/uploads", () => {
      const upload = (form: FormData) => api.post("/admin/uploads", form, admin)
      const served = (url: string) => api.get(new URL(url).pathname, { responseType: "arraybuffer", validateStatus: () => true })

      it("stores an image and a video checked by their bytes, on PUBLIC_URL, served inline with nosniff and a sandbox CSP", async () => {
        const form = fileForm(media.png, "frame.png", "image/png")
        form.append("files", new Blob([media.mp4], { type: "video/mp4" }), "clip.mp4")
        const res = await upload(form)
        expect(res.status).toBe(200)
        expect(res.data.files).toEqual([
          { id: expect.stringMatching(/frame\.png$/), url: expect.stringMatching(/^https:\/\/api\.shop\.test\/uploads\/\d+-frame\.png$/) },
          { id: expect.stringMatching(/clip\.mp4$/), url: expect.stringMatching(/^https:\/\/api\.shop\.test\/uploads\/.+\.mp4$/) },
        ])
        const image = await served(res.data.files[0].url)
        expect(image.status).toBe(200)
        expect(Buffer.from(image.data).equals(media.png)).toBe(true)
        expect(image.headers).toMatchObject({ "content-type": "image/png", "x-content-type-options": "nosniff" })
        expect(image.headers["content-security-policy"]).toBe("default-src 'none'; sandbox")
        expect(image.headers["content-disposition"]).toBeUndefined()
        expect((await served(res.data.files[1].url)).headers["content-type"]).toBe("video/mp4")
      })

      it("names a stored file by the type of its bytes, not the name it was sent with", async () => {
        const res = await upload(fileForm(media.png, "photo.jpg", "image/jpeg"))
        expect(res.data.files[0].url).toMatch(/photo\.png$/)
      })

      it("refuses a zip renamed .mp4, an HTML page named .png, an empty file and truncated media with 400", async () => {
        const before = readdirSync(uploadsDir)
        const cases: [Buffer, string, string, RegExp][] = [
          [media.zip, "clip.mp4", "video/mp4", /application\/zip/],
          [media.html, "cat.png", "image/png", /not an accepted/],
          [Buffer.alloc(0), "empty.png", "image/png", /empty/],
          [media.mp4.subarray(0, Math.floor(media.mp4.length / 2)), "half.mp4", "video/mp4", /incomplete mp4/],
          [media.png.subarray(0, media.png.length - 10), "cut.png", "image/png", /incomplete png/],
        ]
        for (const [bytes, name, type, reason] of cases) {
          const res = await upload(fileForm(bytes, name, type))
          expect({ name, status: res.status, body: res.data }).toEqual({
            name,
            status: 400,
            body: { type: "invalid_data", message: expect.stringMatching(reason), field: "files.0" },
          })
        }
        expect(readdirSync(uploadsDir)).toEqual(before)
      })

      it("serves a CSV for product imports as an attachment", async () => {
        const res = await upload(fileForm(Buffer.from("Product Handle,Product Title\nmic,Mic\n"), "products.csv", "text/csv"))
        expect(res.status).toBe(200)
        const file = await served(res.data.files[0].url)
        expect(file.headers["content-disposition"]).toMatch(/^attachment/)
        expect(file.headers["x-content-type-options"]).toBe("nosniff")
      })

      it("serves private files, such as Medusa's product exports, to signed-in admins only", async () => {
        writeFileSync(join(uploadsDir, "private-1700000000000-1700000000000-product-exports.csv"), "Product Handle\nmic\n")
        const path = "/uploads/private-1700000000000-1700000000000-product-exports.csv"
        expect((await api.get(path, fromIp("10.1.0.10"))).status).toBe(401)
        const mine = await api.get(path, admin)
        expect([mine.status, mine.data]).toEqual([200, "Product Handle\nmic\n"])
      })

      it("answers 404 for a file that is not there, or a key outside the uploads", async () => {
        expect((await api.get("/uploads/123-none.png", fromIp("10.1.0.4"))).status).toBe(404)
        expect((await api.get("/uploads/..%2Fsecret.png", fromIp("10.1.0.4"))).status).toBe(404)
      })

      it("refuses a file over UPLOAD_MAX_MB with 413 while streaming it, keeping nothing", async () => {
        const total = 20 * 1024 * 1024
        const chunked = await streamUpload(api.defaults.baseURL!, admin.headers, total)
        expect(chunked.status).toBe(413)
        expect(chunked.body).toEqual({ type: "payload_too_large", message: "Files may be at most 1 MB", field: "files" })
        expect(chunked.sent).toBeLessThan(total)
        const declared = await streamUpload(api.defaults.baseURL!, admin.headers, total, 200 * 1024 * 1024)
        expect(declared.status).toBe(413)
        expect(declared.sent).toBeLessThan(total)
        const incoming = join(uploadsDir, ".incoming")
        expect(existsSync(incoming) ? readdirSync(incoming) : []).toEqual([])
      })
    })

    it("answers no 5xx to bad input on any route of ours and any store, vendor or auth route of Medusa's", async () => {
      const container = getContainer()
      const store = await seedStore(container)
      const vendor = await signUpActiveVendor(api, container, "Fuzz Shop")
      const stocked = await createStockedProduct(api, vendor, "Fuzz Lamp", 12)
      const buyer = await signUpCustomer(api, store.key)
      const cart = (await api.post("/store/carts", { region_id: store.regionId }, buyer.as())).data.cart
      const stream = (await api.post("/vendor/live-streams", { title: "Fuzz show" }, vendor.as())).data.live_stream
      const known: Record<string, string> = {
        carts: cart.id,
        products: stocked.product.id,
        variants: stocked.variantId,
        "live-streams": stream.id,
        vendors: vendor.vendor.id,
      }

      const ours = new Set(
        [process.cwd(), ...["marketplace", "live-streaming", "analytics", "stripe-payouts"].map((p) => join(process.cwd(), "plugins", p))]
          .flatMap((dir) => declaredRoutes(dir))
          .map((r) => `${r.method} ${r.path}`)
      )
      const routes = expressRoutes(server.app).filter((r) => ours.has(`${r.method} ${r.path}`) || /^\/(store|vendor|auth)\//.test(r.path))
      expect(routes.length).toBeGreaterThan(100)
      const headersFor = (path: string): Record<string, string> => {
        if (path.startsWith("/store")) {
          return buyer.as().headers
        }
        return path.startsWith("/vendor") ? vendor.as().headers : path.startsWith("/admin") ? admin.headers : {}
      }

      const failures: unknown[] = []
      let sent = 0
      for (const [i, route] of routes.entries()) {
        for (const attack of [ATTACKS[i % ATTACKS.length], ATTACKS[(i + 4) % ATTACKS.length]]) {
          const segments = route.path.split("/")
          const last = segments.map((s) => s.startsWith(":")).lastIndexOf(true)
          const path = segments
            .map((s, at) => (!s.startsWith(":") ? s : at === last && attack.param ? attack.param : (known[segments[at - 1]] ?? `fuzz_${s.slice(1)}`)))
            .join("/")
          const withBody = route.method !== "GET"
          const url = attack.query ? `${path}?${attack.query}` : path
          const data = !withBody ? undefined : (attack.raw ?? JSON.stringify(attack.json ?? {}))
          const started = Date.now()
          const where = { route: `${route.method} ${route.path}`, attack: attack.name }
          const res = await api
            .request({
              method: route.method,
              url,
              data,
              transformRequest: [(d: any) => d],
              timeout: 10_000,
              ...fromIp("10.1.9.1", { ...headersFor(route.path), "content-type": attack.contentType ?? "application/json" }),
            })
            .catch((err: Error) => ({ status: 599, data: err.message }))
          sent++
          if (res.status >= 500 || Date.now() - started > 2_000) {
            console.log(`${where.route} ${where.attack}: ${res.status} in ${Date.now() - started} ms`)
          }
          if (res.status >= 500) {
            failures.push({ ...where, status: res.status, body: res.data })
          }
        }
      }
      console.log(`Fuzzed ${routes.length} routes with ${sent} requests`)
      expect(failures).toEqual([])
    }, 600_000)
  },
})
