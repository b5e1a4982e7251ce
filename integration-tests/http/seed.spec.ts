import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { fromIp } from "@broadcart/test-utils"

jest.setTimeout(180_000)

const ADMIN = { email: "owner@demo.local", password: "demo-pass-123" }

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
  testSuite: ({ api, getContainer }) => {
    it("seeds a storefront-ready catalogue, an admin and a key, once", async () => {
      const container = getContainer()
      await seed({ container, args: [] } as any)
      await seed({ container, args: [] } as any)

      const apiKeys = await container.resolve(Modules.API_KEY).listApiKeys({ title: "Broadcart Storefront" })
      expect(apiKeys).toHaveLength(1)
      const key = apiKeys[0].token

      const regions = await api.get("/store/regions", fromIp("10.5.0.1", { "x-publishable-api-key": key }))
      expect(regions.data.regions.map((r: any) => r.currency_code).sort()).toEqual(["eur", "usd"])
      const usRegion = regions.data.regions.find((r: any) => r.currency_code === "usd")

      const products = await api.get(
        `/store/products?region_id=${usRegion.id}&fields=handle,*variants.calculated_price`,
        fromIp("10.5.0.1", { "x-publishable-api-key": key })
      )
      expect(products.status).toBe(200)
      expect(products.data.count).toBe(4)
      const hoodie = products.data.products.find((p: any) => p.handle === "broadcart-hoodie")
      expect(hoodie.variants).toHaveLength(4)
      expect(hoodie.variants[0].calculated_price.calculated_amount).toBe(55)

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: levels } = await query.graph({ entity: "inventory_level", fields: ["stocked_quantity"] })
      expect(levels).toHaveLength(7)
      expect(levels.every((l: any) => l.stocked_quantity === 100)).toBe(true)

      const store = fromIp("10.5.0.1", { "x-publishable-api-key": key })
      const cart = await api.post("/store/carts", { region_id: usRegion.id, shipping_address: { country_code: "us" } }, store)
      expect(cart.status).toBe(200)
      const added = await api.post(`/store/carts/${cart.data.cart.id}/line-items`, { variant_id: hoodie.variants[0].id, quantity: 1 }, store)
      expect(added.status).toBe(200)
      const options = await api.get(`/store/shipping-options?cart_id=${cart.data.cart.id}`, store)
      expect(options.data.shipping_options.map((o: any) => o.name).sort()).toEqual(["Express Shipping", "Standard Shipping"])

      const login = await api.post("/auth/user/emailpass", ADMIN, fromIp("10.5.0.2"))
      expect(login.status).toBe(200)
      expect(login.data.token).toEqual(expect.any(String))

      const users = await container.resolve(Modules.USER).listUsers({ email: ADMIN.email })
      expect(users).toHaveLength(1)
    })

    it("gives every demo product to an active demo vendor, as the store shows it", async () => {
      const container = getContainer()
      await seed({ container, args: [] } as any)
      const [apiKey] = await container.resolve(Modules.API_KEY).listApiKeys({ title: "Broadcart Storefront" })
      const store = fromIp("10.5.0.3", { "x-publishable-api-key": apiKey.token })

      const products = await api.get("/store/products?fields=handle", store)
      expect(products.data.products).toHaveLength(4)
      const demoShop = { id: expect.stringMatching(/^vend_/), handle: "broadcart-demo", name: "Broadcart Demo Shop" }
      for (const product of products.data.products) {
        expect(product.vendor).toMatchObject(demoShop)
      }
      const ofVendor = await api.get("/store/products?vendor=broadcart-demo&fields=handle", store)
      expect(ofVendor.data.count).toBe(4)
      const vendor = await api.get("/store/vendors/broadcart-demo", store)
      expect([vendor.status, vendor.data.vendor]).toEqual([200, expect.objectContaining(demoShop)])
    })
  },
})
