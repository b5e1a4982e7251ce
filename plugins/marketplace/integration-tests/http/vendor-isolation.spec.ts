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

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("answers 404 to vendor B on every /vendor route with vendor A's ids, and changes nothing of A's", async () => {
      const container = getContainer()
      const store = await seedStore(container)
      const checkout = await twoVendorCart(api, container, store, [
        { vendor: "Alpha Goods", product: "Alpha Vase", price: 25, quantity: 2 },
        { vendor: "Beta Goods", product: "Beta Bowl", price: 12, quantity: 2 },
      ])
      const { a, b, aItem, bItem, buyer } = checkout
      const group = (await api.post(`/store/carts/${checkout.cartId}/complete`, {}, buyer.as())).data.order_group
      const orderOf = (v: typeof a) => checkout.orderOf(group, v)
      const fulfilOne = async (vendor: any, order: any) =>
        (await api.post(`/vendor/orders/${order.id}/fulfillments`, { items: [{ id: order.items[0].id, quantity: 1 }] }, vendor.as())).data.fulfillment_id
      const requestReturn = async (order: any) =>
        (await api.post("/store/returns", { order_id: order.id, items: [{ id: order.items[0].id, quantity: 1 }], return_shipping: { option_id: store.returnOptionId } }, buyer.as())).data.return.id

      const A = { id: "", variant_id: aItem.variantId, fulfillment_id: await fulfilOne(a, orderOf(a)), return_id: "" }
      await api.post(`/vendor/orders/${orderOf(a).id}/fulfillments/${A.fulfillment_id}/shipments`, {}, a.as())
      A.return_id = await requestReturn(orderOf(a))
      const B = { variant_id: bItem.variantId, fulfillment_id: await fulfilOne(b, orderOf(b)), return_id: "" }
      await api.post(`/vendor/orders/${orderOf(b).id}/fulfillments/${B.fulfillment_id}/shipments`, {}, b.as())
      B.return_id = await requestReturn(orderOf(b))
      const idsOfA: Record<string, string> = { products: aItem.product.id, members: a.member.id, orders: orderOf(a).id }
      const idsOfB: Record<string, string> = { products: bItem.product.id, members: b.member.id, orders: orderOf(b).id }

      const snapshotOfA = async () => ({
        product: (await api.get(`/vendor/products/${aItem.product.id}`, a.as())).data.product,
        order: (await api.get(`/vendor/orders/${orderOf(a).id}`, a.as())).data.order,
        members: (await api.get("/vendor/members", a.as())).data,
      })
      const before = await snapshotOfA()

      const routes = declaredRoutes(join(__dirname, "../..")).filter((r) => r.path.startsWith("/vendor/") && r.path.includes(":"))
      const cases: { method: string; url: string; key: string }[] = []
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

      const refused: string[] = []
      for (const { method, url, key } of cases) {
        const res = await api.request({ method, url, data: BODIES[key] ?? {}, ...b.as() })
        if (res.status !== 404 || typeof res.data?.message !== "string") {
          refused.push(`${method} ${url} → ${res.status} ${JSON.stringify(res.data)}`)
        }
      }
      console.log(`Isolation matrix: ${cases.length} cases over ${routes.length} routes, all 404 for another vendor's ids`)
      expect(refused).toEqual([])
      expect(routes.length).toBeGreaterThanOrEqual(17)

      // Lists never show A's records to B.
      const bProducts = await api.get("/vendor/products", b.as())
      expect(bProducts.data.products.map((p: any) => p.id)).toEqual([bItem.product.id])
      const bOrders = await api.get("/vendor/orders", b.as())
      expect(bOrders.data.orders.map((o: any) => o.id)).toEqual([orderOf(b).id])
      const bMembers = await api.get("/vendor/members", b.as())
      expect(JSON.stringify(bMembers.data)).not.toContain(a.member.id)

      const after = await snapshotOfA()
      expect(after).toEqual(before)
      // B's own mixed-id attempts did not touch B's order either.
      const bOrder = (await api.get(`/vendor/orders/${orderOf(b).id}`, b.as())).data.order
      expect(bOrder.status).toBe("pending")
      expect(bOrder.returns.find((r: any) => r.id === B.return_id).status).toBe("requested")
    })
  },
})
