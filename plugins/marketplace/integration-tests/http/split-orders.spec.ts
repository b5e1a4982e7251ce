import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, fromIp, recordEvents, seedStore, signUpCustomer } from "@broadcart/test-utils"
import { twoVendorCart } from "@broadcart/test-utils/marketplace"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("completes a two-vendor cart as two orders under one payment, each vendor seeing only its own", async () => {
      const container = getContainer()
      const store = await seedStore(container)
      const events = recordEvents(container, ["order.placed", "marketplace.order.placed", "order_group.placed"])

      const { a, b, buyer, cartId } = await twoVendorCart(api, container, store, [
        { vendor: "Lamp Works", product: "Desk Lamp", price: 40, quantity: 2 },
        { vendor: "Rug Room", product: "Wool Rug", price: 120, quantity: 1 },
      ])
      const cartTotal = (await api.get(`/store/carts/${cartId}`, buyer.as())).data.cart.total

      const done = await api.post(`/store/carts/${cartId}/complete`, {}, buyer.as())
      expect(done.status).toBe(200)
      expect(done.data.type).toBe("order")
      const group = done.data.order_group
      expect(group.orders).toHaveLength(2)
      expect(done.data.order.id).toBe(group.orders[0].id)
      const byVendor = Object.fromEntries(group.orders.map((o: any) => [o.vendor.handle, o]))
      expect(byVendor[a.vendor.handle].items.map((i: any) => [i.title, i.quantity])).toEqual([["Desk Lamp", 2]])
      expect(byVendor[b.vendor.handle].items.map((i: any) => [i.title, i.quantity])).toEqual([["Wool Rug", 1]])
      // Paid once: one payment for the whole cart, which is exactly the sum of the vendor orders.
      const orderSum = group.orders.reduce((s: number, o: any) => s + o.total, 0)
      expect(orderSum).toBe(cartTotal)
      expect(group.total).toBe(cartTotal)
      expect(group.payment_collection).toMatchObject({ status: "authorized", amount: cartTotal })
      const {
        data: [pc],
      } = await container.resolve("query").graph({
        entity: "payment_collection",
        fields: ["payments.id", "payments.amount"],
        filters: { id: group.payment_collection.id },
      })
      expect(pc.payments).toHaveLength(1)
      // Shipping is shared in proportion to item value and adds up to the one shipping charge.
      const shipping = group.orders.map((o: any) => o.shipping_total)
      expect(shipping.reduce((s: number, x: number) => s + x, 0)).toBe(5)
      expect(byVendor[b.vendor.handle].shipping_total).toBeGreaterThan(byVendor[a.vendor.handle].shipping_total)

      // Completing again gives back the same group, not new orders.
      const again = await api.post(`/store/carts/${cartId}/complete`, {}, buyer.as())
      expect(again.data.order_group.id).toBe(group.id)
      const customerOrders = await api.get("/store/orders", buyer.as())
      expect(customerOrders.data.orders).toHaveLength(2)
      const seen = await api.get(`/store/order-groups/${group.id}`, buyer.as())
      expect(seen.data.order_group.orders).toHaveLength(2)
      const stranger = await signUpCustomer(api, store.key)
      expect((await api.get(`/store/order-groups/${group.id}`, stranger.as())).status).toBe(404)

      const aOrders = await api.get("/vendor/orders", a.as())
      expect(aOrders.data.orders.map((o: any) => o.id)).toEqual([byVendor[a.vendor.handle].id])
      const bOrders = await api.get("/vendor/orders", b.as())
      expect(bOrders.data.orders.map((o: any) => o.id)).toEqual([byVendor[b.vendor.handle].id])
      expect((await api.get(`/vendor/orders/${byVendor[b.vendor.handle].id}`, a.as())).status).toBe(404)

      await new Promise((r) => setTimeout(r, 300))
      const placed = events.filter((e) => e.name === "order.placed").map((e) => e.data)
      expect(placed).toHaveLength(2)
      expect(placed).toEqual(
        expect.arrayContaining([
          { id: byVendor[a.vendor.handle].id, vendor_id: a.vendor.id, order_group_id: group.id },
          { id: byVendor[b.vendor.handle].id, vendor_id: b.vendor.id, order_group_id: group.id },
        ])
      )
      expect(events.filter((e) => e.name === "marketplace.order.placed")).toHaveLength(2)
      expect(events.find((e) => e.name === "order_group.placed")!.data.order_ids.sort()).toEqual(group.orders.map((o: any) => o.id).sort())

      // Stock is reserved per order line.
      const { data: reservations } = await container.resolve("query").graph({ entity: "reservation", fields: ["quantity", "line_item_id"] })
      expect(reservations.map((r: any) => r.quantity).sort()).toEqual([1, 2])

      const admin = await adminHeaders(container, api)
      const adminGroup = await api.get(`/admin/order-groups/${group.id}`, fromIp("10.71.0.1", admin.headers))
      expect(adminGroup.data.order_group.orders).toHaveLength(2)
    })

    it("rejects completing an empty or unknown cart with a clear 4xx", async () => {
      const store = await seedStore(getContainer())
      const buyer = await signUpCustomer(api, store.key)
      const unknown = await api.post("/store/carts/cart_nope/complete", {}, buyer.as())
      expect(unknown.status).toBe(404)
      const empty = await api.post("/store/carts", { region_id: store.regionId }, buyer.as())
      const res = await api.post(`/store/carts/${empty.data.cart.id}/complete`, {}, buyer.as())
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/no items|payment/i)

      // A vendor suspended while its item sits in a cart: completion is refused and nothing is created.
      const {
        b,
        buyer: shopper,
        cartId,
      } = await twoVendorCart(api, getContainer(), store, [
        { vendor: "Still Open", product: "Open Item", price: 10, quantity: 1 },
        { vendor: "Shut Down", product: "Closed Item", price: 10, quantity: 1 },
      ])
      const admin = await adminHeaders(getContainer(), api)
      await api.post(`/admin/vendors/${b.vendor.id}/suspend`, { reason: "audit" }, fromIp("10.72.0.1", admin.headers))
      const refused = await api.post(`/store/carts/${cartId}/complete`, {}, shopper.as())
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Items sold by Shut Down are no longer available; remove them from the cart")
      expect((await api.get("/store/orders", shopper.as())).data.orders).toHaveLength(0)
      expect((await api.get(`/store/carts/${cartId}`, shopper.as())).data.cart.completed_at).toBeNull()
    })
  },
})
