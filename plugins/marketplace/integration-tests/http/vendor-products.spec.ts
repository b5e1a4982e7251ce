import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { adminHeaders, fromIp } from "@broadcart/test-utils"
import { signUpActiveVendor } from "@broadcart/test-utils/marketplace"

jest.setTimeout(120_000)

const mic = {
  title: "Podcast Mic",
  status: "published",
  options: [{ title: "Color", values: ["Black", "White"] }],
  variants: [
    { title: "Black", sku: "MIC-BLK", options: { Color: "Black" }, prices: [{ currency_code: "usd", amount: 9900 }] },
    { title: "White", sku: "MIC-WHT", options: { Color: "White" }, prices: [{ currency_code: "usd", amount: 10900 }] },
  ],
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const activeVendor = (name: string) => signUpActiveVendor(api, getContainer(), name)

    it("creates, lists, reads, updates and deletes a vendor's own products", async () => {
      const a = await activeVendor("Mic Makers")
      const created = await api.post("/vendor/products", mic, a.as())
      expect(created.status).toBe(201)
      const product = created.data.product
      expect(product).toMatchObject({ title: "Podcast Mic", status: "published" })
      expect(product.variants.map((v: any) => v.prices[0].amount).sort((x: number, y: number) => x - y)).toEqual([9900, 10900])

      const list = await api.get("/vendor/products?status=published", a.as())
      expect(list.data).toMatchObject({ count: 1, products: [{ id: product.id }] })
      expect((await api.get("/vendor/products?status=draft", a.as())).data.count).toBe(0)

      const updated = await api.post(`/vendor/products/${product.id}`, { title: "Podcast Mic Pro" }, a.as())
      expect(updated.data.product.title).toBe("Podcast Mic Pro")
      expect((await api.get(`/vendor/products/${product.id}`, a.as())).data.product.title).toBe("Podcast Mic Pro")

      const container = getContainer()
      const [key] = await container.resolve("api_key").createApiKeys([{ title: "s", type: "publishable", created_by: "t" }])
      const [storeRow] = await container.resolve("store").listStores()
      await linkSalesChannelsToApiKeyWorkflow(container).run({
        input: { id: key.id, add: [storeRow.default_sales_channel_id!] },
      })
      const storeProfile = await api.get(`/store/vendors/${a.vendor.handle}`, fromIp("10.40.0.2", { "x-publishable-api-key": key.token }))
      expect(storeProfile.data.vendor.products.map((p: any) => p.id)).toEqual([product.id])

      const store = fromIp("10.40.0.2", { "x-publishable-api-key": key.token })
      const other = await activeVendor("Other Seller")
      await api.post("/vendor/products", { ...mic, title: "Other Mic", variants: mic.variants.map((v) => ({ ...v, sku: `O-${v.sku}` })) }, other.as())
      const all = await api.get("/store/products?fields=id,title", store)
      expect(all.data.count).toBe(2)
      const mine = all.data.products.find((p: any) => p.id === product.id)
      expect(mine.vendor).toEqual({ id: a.vendor.id, handle: a.vendor.handle, name: "Mic Makers", logo: null })
      const filtered = await api.get(`/store/products?vendor=${a.vendor.handle}`, store)
      expect(filtered.data.products.map((p: any) => p.id)).toEqual([product.id])
      const one = await api.get(`/store/products/${product.id}`, store)
      expect(one.data.product.vendor.handle).toBe(a.vendor.handle)

      await api.post(`/admin/vendors/${a.vendor.id}/suspend`, { reason: "audit" }, fromIp("10.40.0.4", (await adminHeaders(getContainer(), api)).headers))
      const whileSuspended = await api.get("/store/products?fields=id", store)
      expect(whileSuspended.data.products.map((p: any) => p.id)).not.toContain(product.id)
      expect(whileSuspended.data.count).toBe(1)
      expect((await api.get(`/store/products/${product.id}`, store)).status).toBe(404)
      expect((await api.get(`/store/products?vendor=${a.vendor.handle}`, store)).data.count).toBe(0)
      await api.post(`/admin/vendors/${a.vendor.id}/approve`, {}, fromIp("10.40.0.4", (await adminHeaders(getContainer(), api)).headers))
      expect((await api.get(`/store/products/${product.id}`, store)).status).toBe(200)

      const admin = await adminHeaders(getContainer(), api)
      const adminView = await api.get(`/admin/products/${product.id}?fields=id,vendor.id,vendor.name`, fromIp("10.40.0.3", admin.headers))
      expect(adminView.data.product.vendor).toEqual({ id: a.vendor.id, name: "Mic Makers" })

      const deleted = await api.delete(`/vendor/products/${product.id}`, a.as())
      expect(deleted.data).toEqual({ id: product.id, object: "product", deleted: true })
      expect((await api.get(`/vendor/products/${product.id}`, a.as())).status).toBe(404)
      expect((await api.get("/vendor/products", a.as())).data.count).toBe(0)
    })

    it("stocks new products at the store's location and ships them with the default profile", async () => {
      const container = getContainer()
      const [storeRow] = await container.resolve("store").listStores()
      const {
        result: [location],
      } = await createStockLocationsWorkflow(container).run({
        input: { locations: [{ name: "Warehouse" }] },
      })
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: location.id, add: [storeRow.default_sales_channel_id!] },
      })
      await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
      })
      const a = await activeVendor("Stocked Seller")
      const body = {
        ...mic,
        variants: [
          { ...mic.variants[0], sku: undefined, inventory_quantity: 5 },
          { ...mic.variants[1], inventory_quantity: 0 },
        ],
      }
      const created = await api.post("/vendor/products", body, a.as())
      expect(created.status).toBe(201)
      const query = container.resolve("query")
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["sku", "inventory_items.inventory.location_levels.stocked_quantity", "inventory_items.inventory.location_levels.location_id"],
        filters: { product_id: created.data.product.id },
      })
      const levels = variants
        .map((v: any) => ({ sku: v.sku, level: v.inventory_items[0].inventory.location_levels[0] }))
        .sort((x: any, y: any) => x.level.stocked_quantity - y.level.stocked_quantity)
      expect(levels.map((l: any) => [l.level.stocked_quantity, l.level.location_id])).toEqual([
        [0, location.id],
        [5, location.id],
      ])
      expect(levels[1].sku).toMatch(/^VEND_/)
      const [profile] = await container.resolve("fulfillment").listShippingProfiles({ type: "default" })
      expect(profile?.id).toEqual(expect.stringMatching(/^sp_/))
      const {
        data: [withProfile],
      } = await query.graph({
        entity: "product",
        fields: ["shipping_profile.id"],
        filters: { id: created.data.product.id },
      })
      expect(withProfile.shipping_profile.id).toBe(profile.id)
    })

    it("manages variants, prices and stock of the vendor's products", async () => {
      const container = getContainer()
      const [storeRow] = await container.resolve("store").listStores()
      const {
        result: [location],
      } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Shelf" }] } })
      await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [storeRow.default_sales_channel_id!] } })
      const a = await activeVendor("Variant Seller")
      const { data } = await api.post("/vendor/products", { ...mic, variants: [mic.variants[0]] }, a.as())
      const productId = data.product.id

      const added = await api.post(`/vendor/products/${productId}/variants`, { ...mic.variants[1], sku: "MIC-WHT-2" }, a.as())
      expect(added.status).toBe(201)
      const variantId = added.data.variant.id

      const repriced = await api.post(`/vendor/products/${productId}/variants/${variantId}`, { prices: [{ currency_code: "usd", amount: 12500 }] }, a.as())
      expect(repriced.status).toBe(200)
      const stocked = await api.post(`/vendor/products/${productId}/variants/${variantId}/inventory`, { stocked_quantity: 12 }, a.as())
      expect(stocked.data.inventory_level).toMatchObject({ location_id: location.id, stocked_quantity: 12 })
      const restocked = await api.post(`/vendor/products/${productId}/variants/${variantId}/inventory`, { stocked_quantity: 3 }, a.as())
      expect(restocked.status).toBe(200)
      expect((await api.post(`/vendor/products/${productId}/variants/${variantId}/inventory`, { stocked_quantity: -1 }, a.as())).status).toBe(400)

      const {
        data: [variant],
      } = await container.resolve("query").graph({
        entity: "product_variant",
        fields: ["prices.amount", "inventory_items.inventory.location_levels.stocked_quantity"],
        filters: { id: variantId },
      })
      expect(variant.prices.map((p: any) => p.amount)).toEqual([12500])
      expect(variant.inventory_items[0].inventory.location_levels.map((l: any) => l.stocked_quantity)).toEqual([3])

      const removed = await api.delete(`/vendor/products/${productId}/variants/${variantId}`, a.as())
      expect(removed.data.deleted).toBe(true)
      expect((await api.get(`/vendor/products/${productId}`, a.as())).data.product.variants).toHaveLength(1)
    })

    it("answers bad product input with 400 and a field, creating nothing", async () => {
      const a = await activeVendor("Careful Seller")
      const negative = await api.post(
        "/vendor/products",
        { ...mic, variants: [{ ...mic.variants[0], prices: [{ currency_code: "usd", amount: -5 }] }] },
        a.as()
      )
      expect(negative.status).toBe(400)
      expect(negative.data.type).toBe("invalid_data")
      const unknown = await api.post("/vendor/products", { ...mic, vendor_id: "vend_other" }, a.as())
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/vendor_id/)
      const wrongType = await api.post("/vendor/products", { ...mic, title: 7 }, a.as())
      expect(wrongType.status).toBe(400)
      expect(wrongType.data.field).toBe("title")
      const malformed = await api.post("/vendor/products", '{"title":', a.as({ "content-type": "application/json" }))
      expect(malformed.status).toBe(400)
      expect((await api.get("/vendor/products", a.as())).data.count).toBe(0)
    })

    it("isolates vendors: B gets 404 on every product route with A's ids and changes nothing", async () => {
      const a = await activeVendor("Vendor A")
      const b = await activeVendor("Vendor B")
      const { data } = await api.post("/vendor/products", mic, a.as())
      const id = data.product.id
      const variantId = data.product.variants[0].id
      const { data: own } = await api.post("/vendor/products", { ...mic, variants: mic.variants.map((v) => ({ ...v, sku: `B-${v.sku}` })) }, b.as())
      const cases: [string, string, unknown?][] = [
        ["get", `/vendor/products/${id}`],
        ["post", `/vendor/products/${id}`, { title: "Stolen" }],
        ["delete", `/vendor/products/${id}`],
        ["post", `/vendor/products/${id}/variants`, { ...mic.variants[0], sku: "STOLEN" }],
        ["post", `/vendor/products/${id}/variants/${variantId}`, { title: "Stolen" }],
        ["delete", `/vendor/products/${id}/variants/${variantId}`],
        ["post", `/vendor/products/${id}/variants/${variantId}/inventory`, { stocked_quantity: 0 }],
        // B's own product with A's variant id
        ["post", `/vendor/products/${own.product.id}/variants/${variantId}`, { title: "Stolen" }],
        ["delete", `/vendor/products/${own.product.id}/variants/${variantId}`],
      ]
      for (const [method, path, body] of cases) {
        const res = body ? await (api as any)[method](path, body, b.as()) : await (api as any)[method](path, b.as())
        expect({ method, path, status: res.status, type: res.data.type }).toEqual({ method, path, status: 404, type: "not_found" })
      }
      const listB = await api.get("/vendor/products", b.as())
      expect(listB.data.products.map((p: any) => p.id)).not.toContain(id)
      const after = await api.get(`/vendor/products/${id}`, a.as())
      expect(after.data.product.title).toBe("Podcast Mic")
      expect(after.data.product.variants.map((v: any) => v.title).sort()).toEqual(["Black", "White"])
      console.log(`Isolation: ${cases.length + 1} product cases tried as vendor B`)
    })
  },
})
