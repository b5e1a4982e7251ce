import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { declaredRoutes, seedStore } from "@broadcart/test-utils"
import { twoVendorCart } from "@broadcart/test-utils/marketplace"

jest.setTimeout(240_000)

/** Valid bodies, so a refusal can only come from ownership, never from validation. */
const BODIES: Record<string, unknown> = {
  "POST /vendor/products/:id": { title: "Taken over" },
  "POST /vendor/products/:id/variants": { title: "Extra", prices: [{ currency_code: "usd", amount: 1 }] },
  "POST /vendor/products/:id/variants/:variant_id": { title: "Renamed", prices: [{ currency_code: "usd", amount: 1 }] },
  "POST /vendor/products/:id/variants/:variant_id/inventory": { stocked_quantity: 0 },
  "POST /vendor/members/:id": { role: "staff" },
  "POST /vendor/orders/:id/fulfillments": { tracking_number: "HIJACK", carrier: "Nope" },
  "POST /vendor/orders/:id/fulfillments/:fulfillment_id/shipments": { tracking_number: "HIJACK" },
  "POST /vendor/orders/:id/returns/:return_id/reject": { reason: "Not yours" },
}

type Vendor = Awaited<ReturnType<typeof twoVendorCart>>["a"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let a: Vendor
    let b: Vendor
    let orderOf: (v: Vendor) => any
    let idsOfB: Record<string, string>
    let B: { variant_id: string; fulfillment_id: string; return_id: string }
    let snapshotOfA: () => Promise<unknown>
    let before: unknown
    let routes: { method: string; path: string }[]
    let cases: { method: string; url: string; key: string }[]
    let refused: string[]

    /**
     * Vendors A and B each sell one item of a paid checkout, have fulfilled and shipped their
     * order, and have a return requested; then B calls every /vendor route that takes an id with
     * A's ids (and with mixed ids where a route takes two).
     */
    beforeAll(async () => {
      const container = getContainer()
      const store = await seedStore(container)
      const checkout = await twoVendorCart(api, container, store, [
        { vendor: "Alpha Goods", product: "Alpha Vase", price: 25, quantity: 2 },
        { vendor: "Beta Goods", product: "Beta Bowl", price: 12, quantity: 2 },
      ])
      const { aItem, bItem, buyer } = checkout
      a = checkout.a
      b = checkout.b
      const group = (await api.post(`/store/carts/${checkout.cartId}/complete`, {}, buyer.as())).data.order_group
      orderOf = (v: Vendor) => checkout.orderOf(group, v)
      const fulfilOne = async (vendor: any, order: any) =>
        (await api.post(`/vendor/orders/${order.id}/fulfillments`, { items: [{ id: order.items[0].id, quantity: 1 }] }, vendor.as())).data.fulfillment_id
      const requestReturn = async (order: any) =>
        (
          await api.post(
            "/store/returns",
            { order_id: order.id, items: [{ id: order.items[0].id, quantity: 1 }], return_shipping: { option_id: store.returnOptionId } },
            buyer.as()
          )
        ).data.return.id

      const A = { id: "", variant_id: aItem.variantId, fulfillment_id: await fulfilOne(a, orderOf(a)), return_id: "" }
      await api.post(`/vendor/orders/${orderOf(a).id}/fulfillments/${A.fulfillment_id}/shipments`, {}, a.as())
      A.return_id = await requestReturn(orderOf(a))
      B = { variant_id: bItem.variantId, fulfillment_id: await fulfilOne(b, orderOf(b)), return_id: "" }
      await api.post(`/vendor/orders/${orderOf(b).id}/fulfillments/${B.fulfillment_id}/shipments`, {}, b.as())
      B.return_id = await requestReturn(orderOf(b))
      const idsOfA: Record<string, string> = { products: aItem.product.id, members: a.member.id, orders: orderOf(a).id }
      idsOfB = { products: bItem.product.id, members: b.member.id, orders: orderOf(b).id }

      snapshotOfA = async () => ({
        product: (await api.get(`/vendor/products/${aItem.product.id}`, a.as())).data.product,
        order: (await api.get(`/vendor/orders/${orderOf(a).id}`, a.as())).data.order,
        members: (await api.get("/vendor/members", a.as())).data,
      })
      before = await snapshotOfA()

      routes = declaredRoutes(join(__dirname, "../..")).filter((r) => r.path.startsWith("/vendor/") && r.path.includes(":"))
      cases = []
      for (const { method, path } of routes) {
        const resource = path.split("/")[2]
        const fill = (top: Record<string, string>, child: Record<string, string>) =>
          path.replace(/:(\w+)/g, (_, name) => {
            const value = name === "id" ? top[resource] : child[name]
            if (!value) {
              throw new Error(`No id for :${name} in ${method} ${path}: add it to the isolation matrix`)
            }
            return value
          })
        // A's ids all through, then B's own parent with A's child id where a route has two.
        const variants = [fill(idsOfA, A as any)]
        if ((path.match(/:/g) ?? []).length > 1) {
          variants.push(fill(idsOfB, A as any), fill(idsOfA, B as any))
        }
        for (const url of variants) {
          cases.push({ method, url, key: `${method} ${path}` })
        }
      }

      refused = []
      for (const { method, url, key } of cases) {
        const res = await api.request({ method, url, data: BODIES[key] ?? {}, ...b.as() })
        if (res.status !== 404 || typeof res.data?.message !== "string") {
          refused.push(`${method} ${url} → ${res.status} ${JSON.stringify(res.data)}`)
        }
      }
    })

    describe("vendor B calling every /vendor route with vendor A's ids", () => {
      it("gets 404 with a message on every one, mixed ids included", () => {
        console.log(`Isolation matrix: ${cases.length} cases over ${routes.length} routes, all 404 for another vendor's ids`)
        expect(refused).toEqual([])
      })

      it("covers every vendor route that takes an id (at least 17)", () => {
        expect(routes.length).toBeGreaterThanOrEqual(17)
      })

      it("changes nothing of vendor A's product, order or team", async () => {
        const after = await snapshotOfA()
        expect(after).toEqual(before)
      })

      it("changes nothing of vendor B's own order either", async () => {
        const bOrder = (await api.get(`/vendor/orders/${orderOf(b).id}`, b.as())).data.order
        expect(bOrder.status).toBe("pending")
        expect(bOrder.returns.find((r: any) => r.id === B.return_id).status).toBe("requested")
      })
    })

    describe("vendor B's lists", () => {
      it("show only B's own products", async () => {
        const bProducts = await api.get("/vendor/products", b.as())
        expect(bProducts.data.products.map((p: any) => p.id)).toEqual([idsOfB.products])
      })

      it("show only B's own orders", async () => {
        const bOrders = await api.get("/vendor/orders", b.as())
        expect(bOrders.data.orders.map((o: any) => o.id)).toEqual([idsOfB.orders])
      })

      it("never show vendor A's members", async () => {
        const bMembers = await api.get("/vendor/members", b.as())
        expect(JSON.stringify(bMembers.data)).not.toContain(a.member.id)
      })
    })
  },
})
