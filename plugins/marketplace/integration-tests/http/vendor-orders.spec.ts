import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders, fromIp, recordEvents, seedStore, signUpCustomer } from "@broadcart/test-utils"
import { twoVendorCart } from "@broadcart/test-utils/marketplace"

jest.setTimeout(180_000)

const paymentOf = async (container: any, collectionId: string) => {
  const {
    data: [pc],
  } = await container.resolve("query").graph({
    entity: "payment_collection",
    fields: ["payments.captures.amount", "payments.refunds.amount"],
    filters: { id: collectionId },
  })
  const sum = (rows: any[]) => rows.reduce((s, r) => s + Number(r.amount), 0)
  return { captured: sum(pc.payments[0].captures), refunds: pc.payments[0].refunds.map((r: any) => Number(r.amount)).sort() }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("lets each vendor fulfil, ship, deliver, cancel and take returns on its own order only", async () => {
      const container = getContainer()
      const store = await seedStore(container)
      const events = recordEvents(container, [
        "marketplace.order.fulfilled",
        "marketplace.order.shipped",
        "marketplace.order.delivered",
        "marketplace.order.canceled",
        "marketplace.order.refunded",
        "marketplace.order.return_accepted",
      ])
      const { a, b, buyer, cartId, orderOf } = await twoVendorCart(api, container, store, [
        { vendor: "Kettle Co", product: "Steel Kettle", price: 60, quantity: 2 },
        { vendor: "Mug Shop", product: "Clay Mug", price: 15, quantity: 3 },
      ])
      const group = (await api.post(`/store/carts/${cartId}/complete`, {}, buyer.as())).data.order_group
      const [orderA, orderB] = [orderOf(group, a), orderOf(group, b)]

      // Filters: status, date, customer.
      expect((await api.get("/vendor/orders?status=pending", a.as())).data.count).toBe(1)
      expect((await api.get("/vendor/orders?status=canceled", a.as())).data.count).toBe(0)
      expect((await api.get(`/vendor/orders?email=${buyer.email}`, a.as())).data.count).toBe(1)
      expect((await api.get("/vendor/orders?email=else@where.test", a.as())).data.count).toBe(0)
      expect((await api.get("/vendor/orders?created_at[gte]=2000-01-01", a.as())).data.count).toBe(1)
      expect((await api.get("/vendor/orders?created_at[lte]=2000-01-01", a.as())).data.count).toBe(0)
      expect((await api.get(`/vendor/orders?q=${orderA.display_id}`, a.as())).data.count).toBe(1)
      const badFilter = await api.get("/vendor/orders?status=lost", a.as())
      expect(badFilter.status).toBe(400)
      expect(badFilter.data.message).toMatch(/status/)
      const detail = await api.get(`/vendor/orders/${orderA.id}`, a.as())
      expect(detail.data.order).toMatchObject({ id: orderA.id, email: buyer.email, shipping_address: { city: "New York" } })

      // The admin captures the one payment for the whole group.
      const admin = fromIp("10.80.0.1", (await adminHeaders(container, api)).headers)
      const capture = await api.post(`/admin/order-groups/${group.id}/capture`, {}, admin)
      expect(capture.status).toBe(200)
      expect(capture.data.captured_amount).toBe(group.total)
      expect((await api.post(`/admin/order-groups/${group.id}/capture`, {}, admin)).status).toBe(400)
      expect((await api.get(`/vendor/orders/${orderA.id}`, a.as())).data.order.payment_status).toBe("captured")

      // Bad fulfilment bodies are refused before anything happens.
      const unknownField = await api.post(`/vendor/orders/${orderA.id}/fulfillments`, { tracking_number: "X", speed: "fast" }, a.as())
      expect(unknownField.status).toBe(400)
      const negative = await api.post(`/vendor/orders/${orderA.id}/fulfillments`, { items: [{ id: orderA.items[0].id, quantity: -1 }] }, a.as())
      expect(negative.status).toBe(400)
      const foreignItem = await api.post(`/vendor/orders/${orderA.id}/fulfillments`, { items: [{ id: orderB.items[0].id, quantity: 1 }] }, a.as())
      expect(foreignItem.status).toBe(400)

      const fulfilled = await api.post(
        `/vendor/orders/${orderA.id}/fulfillments`,
        { tracking_number: "1Z999AA10123456784", carrier: "UPS", tracking_url: "https://ups.example/1Z999AA10123456784" },
        a.as()
      )
      expect([fulfilled.status, fulfilled.data.message]).toEqual([201, undefined])
      expect(fulfilled.data.order.fulfillment_status).toBe("fulfilled")
      const fid = fulfilled.data.fulfillment_id
      expect((await api.post(`/vendor/orders/${orderA.id}/fulfillments`, {}, a.as())).status).toBe(400)
      const shipped = await api.post(`/vendor/orders/${orderA.id}/fulfillments/${fid}/shipments`, {}, a.as())
      expect(shipped.data.order.fulfillment_status).toBe("shipped")
      const delivered = await api.post(`/vendor/orders/${orderA.id}/fulfillments/${fid}/mark-as-delivered`, {}, a.as())
      expect(delivered.data.order.fulfillment_status).toBe("delivered")
      const tracking = await api.get(`/vendor/orders/${orderA.id}/tracking`, a.as())
      expect(tracking.data.tracking).toEqual([
        expect.objectContaining({
          fulfillment_id: fid,
          status: "delivered",
          carrier: "UPS",
          tracking_numbers: ["1Z999AA10123456784"],
          tracking_urls: ["https://ups.example/1Z999AA10123456784"],
        }),
      ])
      // A delivered order cannot be canceled.
      expect((await api.post(`/vendor/orders/${orderA.id}/cancel`, {}, a.as())).status).toBe(400)

      // Only the customer who placed the order may ask for a return.
      const returnBody = { order_id: orderA.id, items: [{ id: orderA.items[0].id, quantity: 1 }], return_shipping: { option_id: store.returnOptionId } }
      const stranger = await signUpCustomer(api, store.key)
      expect((await api.post("/store/returns", returnBody, stranger.as())).status).toBe(404)
      expect((await api.post("/store/returns", returnBody, fromIp("10.82.0.1", { "x-publishable-api-key": store.key }))).status).toBe(401)

      // The customer returns one kettle; the vendor accepts and the customer gets that kettle's price back.
      const ret = await api.post(
        "/store/returns",
        { order_id: orderA.id, items: [{ id: orderA.items[0].id, quantity: 1 }], return_shipping: { option_id: store.returnOptionId } },
        buyer.as()
      )
      expect(ret.status).toBe(200)
      const accepted = await api.post(`/vendor/orders/${orderA.id}/returns/${ret.data.return.id}/accept`, {}, a.as())
      expect(accepted.status).toBe(200)
      expect(accepted.data.refunded_amount).toBe(60)
      expect((await api.post(`/vendor/orders/${orderA.id}/returns/${ret.data.return.id}/accept`, {}, a.as())).status).toBe(400)

      // A second return request is rejected: nothing moves.
      const ret2 = await api.post(
        "/store/returns",
        { order_id: orderA.id, items: [{ id: orderA.items[0].id, quantity: 1 }], return_shipping: { option_id: store.returnOptionId } },
        buyer.as()
      )
      const rejected = await api.post(`/vendor/orders/${orderA.id}/returns/${ret2.data.return.id}/reject`, { reason: "Used" }, a.as())
      expect([rejected.status, rejected.data.message]).toEqual([200, undefined])
      expect(rejected.data.order.returns.find((r: any) => r.id === ret2.data.return.id).status).toBe("canceled")

      // Vendor B cancels its order: B's share is refunded, A's order is untouched.
      const canceled = await api.post(`/vendor/orders/${orderB.id}/cancel`, {}, b.as())
      expect(canceled.status).toBe(200)
      expect(canceled.data.order.status).toBe("canceled")
      expect(canceled.data.refunded_amount).toBe(orderB.total)
      expect(canceled.data.order.payment_status).toBe("refunded")
      const afterA = await api.get(`/vendor/orders/${orderA.id}`, a.as())
      expect(afterA.data.order.status).not.toBe("canceled")
      expect(afterA.data.order.fulfillment_status).toBe("delivered")
      expect(afterA.data.order.payment_status).toBe("partially_refunded")
      expect(await paymentOf(container, group.payment_collection.id)).toEqual({
        captured: group.total,
        refunds: [60, orderB.total].sort(),
      })
      expect((await api.post(`/vendor/orders/${orderB.id}/cancel`, {}, b.as())).status).toBe(400)

      await new Promise((r) => setTimeout(r, 300))
      const names = events.map((e) => e.name)
      expect(names).toEqual(
        expect.arrayContaining([
          "marketplace.order.fulfilled",
          "marketplace.order.shipped",
          "marketplace.order.delivered",
          "marketplace.order.return_accepted",
          "marketplace.order.canceled",
        ])
      )
      expect(events.find((e) => e.name === "marketplace.order.canceled")!.data).toMatchObject({
        id: orderB.id,
        vendor_id: b.vendor.id,
        order_group_id: group.id,
        refunded_amount: orderB.total,
      })
      expect(
        events
          .filter((e) => e.name === "marketplace.order.refunded")
          .map((e) => e.data.vendor_id)
          .sort()
      ).toEqual([a.vendor.id, b.vendor.id].sort())
    })

    it("shows every order of a captured checkout as paid in Medusa's admin, each with its own paid total", async () => {
      const container = getContainer()
      const store = await seedStore(container)
      const { a, b, buyer, cartId, orderOf } = await twoVendorCart(api, container, store, [
        { vendor: "Bell Barn", product: "Brass Bell", price: 25, quantity: 2 },
        { vendor: "Cord Co", product: "Silk Cord", price: 8, quantity: 1 },
      ])
      const group = (await api.post(`/store/carts/${cartId}/complete`, {}, buyer.as())).data.order_group
      const [orderA, orderB] = [orderOf(group, a), orderOf(group, b)]
      const admin = fromIp("10.83.0.1", (await adminHeaders(container, api)).headers)
      const adminOrder = async (id: string) => (await api.get(`/admin/orders/${id}?fields=+payment_collections.*`, admin)).data.order
      // What Medusa's order page shows as "Total paid by customer".
      const paidByCustomer = (order: any) => order.payment_collections.reduce((s: number, pc: any) => s + pc.captured_amount - pc.refunded_amount, 0)

      for (const order of [orderA, orderB]) {
        const placed = await adminOrder(order.id)
        expect(placed.payment_status).toBe("authorized")
        expect(placed.payment_collections.map((pc: any) => pc.amount)).toEqual([order.total])
      }
      expect((await api.post(`/admin/order-groups/${group.id}/capture`, {}, admin)).status).toBe(200)
      for (const order of [orderA, orderB]) {
        const captured = await adminOrder(order.id)
        expect(captured.payment_status).toBe("captured")
        expect(captured.summary.paid_total).toBe(order.total)
        expect(paidByCustomer(captured)).toBe(order.total)
      }

      expect((await api.post(`/vendor/orders/${orderB.id}/cancel`, {}, b.as())).status).toBe(200)
      const canceledB = await adminOrder(orderB.id)
      expect([canceledB.payment_status, paidByCustomer(canceledB)]).toEqual(["refunded", 0])
      const stillA = await adminOrder(orderA.id)
      expect([stillA.payment_status, paidByCustomer(stillA)]).toEqual(["captured", orderA.total])
      expect(await paymentOf(container, group.payment_collection.id)).toEqual({ captured: group.total, refunds: [orderB.total] })
    })

    it("captures and refunds one order from Medusa's own payment buttons by moving that order's share of the checkout's payment", async () => {
      const container = getContainer()
      const store = await seedStore(container)
      const { a, b, buyer, cartId, orderOf } = await twoVendorCart(api, container, store, [
        { vendor: "Drum Den", product: "Hand Drum", price: 50, quantity: 1 },
        { vendor: "Flute Fair", product: "Tin Flute", price: 12, quantity: 1 },
      ])
      const group = (await api.post(`/store/carts/${cartId}/complete`, {}, buyer.as())).data.order_group
      const [orderA, orderB] = [orderOf(group, a), orderOf(group, b)]
      const admin = fromIp("10.84.0.1", (await adminHeaders(container, api)).headers)
      const adminOrder = async (id: string) =>
        (await api.get(`/admin/orders/${id}?fields=+payment_collections.*,+payment_collections.payments.*`, admin)).data.order
      const shareA = (await adminOrder(orderA.id)).payment_collections[0].payments[0]

      const captured = await api.post(`/admin/payments/${shareA.id}/capture`, {}, admin)
      expect([captured.status, captured.data.payment?.id]).toEqual([200, shareA.id])
      expect(await paymentOf(container, group.payment_collection.id)).toEqual({ captured: orderA.total, refunds: [] })
      expect((await adminOrder(orderA.id)).payment_status).toBe("captured")
      expect((await adminOrder(orderB.id)).payment_status).toBe("authorized")

      const refunded = await api.post(`/admin/payments/${shareA.id}/refund`, { amount: 10 }, admin)
      expect(refunded.status).toBe(200)
      expect(await paymentOf(container, group.payment_collection.id)).toEqual({ captured: orderA.total, refunds: [10] })
      const afterRefund = await adminOrder(orderA.id)
      expect(afterRefund.payment_status).toBe("partially_refunded")
      expect([afterRefund.summary.paid_total, afterRefund.summary.refunded_total]).toEqual([orderA.total, 10])
    })

    it("cancels a vendor order before capture and then captures only the other vendor's share", async () => {
      const container = getContainer()
      const store = await seedStore(container)
      const {
        a,
        b,
        bItem: ink,
        buyer,
        cartId,
        orderOf,
      } = await twoVendorCart(api, container, store, [
        { vendor: "Pen Place", product: "Fountain Pen", price: 30, quantity: 1 },
        { vendor: "Ink Inc", product: "Ink Pot", price: 10, quantity: 1 },
      ])
      const group = (await api.post(`/store/carts/${cartId}/complete`, {}, buyer.as())).data.order_group
      const [orderA, orderB] = [orderOf(group, a), orderOf(group, b)]
      const canceled = await api.post(`/vendor/orders/${orderB.id}/cancel`, {}, b.as())
      expect(canceled.data.refunded_amount).toBe(0)
      // From the inventory module itself: Query's answers are cached and cleared by events, a moment later.
      const inventoryItemId = (
        await container.resolve("query").graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: ink.variantId } })
      ).data[0].inventory_items[0].inventory_item_id
      const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId })
      expect(level.reserved_quantity).toBe(0)
      const admin = fromIp("10.81.0.1", (await adminHeaders(container, api)).headers)
      const capture = await api.post(`/admin/order-groups/${group.id}/capture`, {}, admin)
      expect(capture.data.captured_amount).toBe(orderA.total)
      expect(await paymentOf(container, group.payment_collection.id)).toEqual({ captured: orderA.total, refunds: [] })
    })
  },
})
