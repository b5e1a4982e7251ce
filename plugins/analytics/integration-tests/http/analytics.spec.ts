import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, fromIp, seedStore, signUpCustomer } from "@broadcart/test-utils"
import { createStockedProduct, signUpActiveVendor } from "@broadcart/test-utils/marketplace"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const rollup = () => require("@broadcart/plugin-analytics/jobs/rollup-analytics").default(getContainer())
    const store = () => getContainer().resolve("timeSeries")

    describe("a two-vendor checkout bought partly from a stream", () => {
      // Glow Goods (a) sells a lamp and is live with stream `show`; Plant Place (b) sells a fern.
      // The buyer watches the show (4 viewers posted it), adds 2 lamps from it, and a fern on its own.
      let asAdmin: (extra?: Record<string, unknown>) => any
      let a: any, b: any, lamp: any, buyer: any, show: any
      let storefront: (body: unknown) => Promise<any>
      let views: any, productView: any, fromStream: any, fernAdded: any, done: any
      let orderA: any, orderB: any
      let stats: unknown

      beforeAll(async () => {
        const container = getContainer()
        const shop = await seedStore(container)
        const admin = await adminHeaders(container, api)
        asAdmin = (extra = {}) => ({ ...fromIp("10.95.0.1", admin.headers), validateStatus: () => true, ...extra })
        a = await signUpActiveVendor(api, container, "Glow Goods")
        b = await signUpActiveVendor(api, container, "Plant Place")
        lamp = await createStockedProduct(api, a, "Glow Lamp", 30)
        const fern = await createStockedProduct(api, b, "Fern Pot", 12)
        buyer = await signUpCustomer(api, shop.key)
        show = (await api.post("/vendor/live-streams", { title: "Glow show", product_ids: [lamp.product.id] }, a.as())).data.live_stream
        await container.resolve("liveStreaming").updateLiveStreams({ id: show.id, status: "live" })

        storefront = (body: unknown) => api.post("/store/analytics/events", body, { ...buyer.as(), validateStatus: () => true })
        views = await storefront({ events: Array.from({ length: 4 }, () => ({ type: "stream_view", stream_id: show.id })) })
        productView = await storefront({ events: [{ type: "product_view", product_id: lamp.product.id }] })
        const address = { first_name: "B", last_name: "B", address_1: "1 Main St", city: "New York", country_code: "us", postal_code: "10001" }
        const cart = (await api.post("/store/carts", { region_id: shop.regionId, shipping_address: address }, buyer.as())).data.cart
        fromStream = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: lamp.variantId, quantity: 2, metadata: { stream_id: show.id } },
          buyer.as()
        )
        fernAdded = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fern.variantId, quantity: 1 }, buyer.as())
        const options = await api.get(`/store/shipping-options?cart_id=${cart.id}`, buyer.as())
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: options.data.shipping_options[0].id }, buyer.as())
        const pc = await api.post("/store/payment-collections", { cart_id: cart.id }, buyer.as())
        await api.post(`/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, buyer.as())
        done = await api.post(`/store/carts/${cart.id}/complete`, {}, buyer.as())
        const orders = done.data.order_group?.orders ?? []
        orderA = orders.find((o: any) => o.vendor.id === a.vendor.id)
        orderB = orders.find((o: any) => o.vendor.id === b.vendor.id)

        // Subscribers run after the response: wait for both orders' points, then roll them up.
        const lastHour = { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 60_000) }
        const placed = async () => {
          await store().flush()
          return (await store().points({ entity: "platform", metric: "orders.usd", ...lastHour })).length === 2
        }
        for (let i = 0; i < 50 && !(await placed()); i++) {
          await new Promise((r) => setTimeout(r, 200))
        }
        await rollup()
        stats = store().stats()
      })

      it("accepts batched storefront events with 202 and how many were accepted", () => {
        expect([views.status, views.data]).toEqual([202, { accepted: 4 }])
        expect(productView.status).toBe(202)
      })

      it("records the checkout's orders in the store, dropping nothing", () => {
        expect(fromStream.status).toBe(200)
        expect(fernAdded.status).toBe(200)
        expect(done.status).toBe(200)
        expect(stats).toMatchObject({ backend: "postgres", dropped: 0, queued: 0 })
      })

      it("answers the admin with the platform's GMV, orders, average order value and refunds", async () => {
        const platform = await api.get("/admin/analytics/summary", asAdmin())
        expect(platform.data.summary).toEqual({
          currency_code: "usd",
          gmv: done.data.order_group.total,
          orders: 2,
          average_order_value: Math.round((done.data.order_group.total / 2) * 100) / 100,
          refunds: 0,
        })
      })

      it("answers a vendor with its own summary, top products and stream conversion", async () => {
        const mine = await api.get("/vendor/analytics/summary", a.as())
        expect(mine.data.summary).toMatchObject({ gmv: orderA.total, orders: 1 })
        const top = await api.get("/vendor/analytics/top-products", a.as())
        expect(top.data.products).toEqual([expect.objectContaining({ product_id: lamp.product.id, title: "Glow Lamp", revenue: 60, units: 2, orders: 1 })])
        const conversion = await api.get("/vendor/analytics/conversion?kind=stream", a.as())
        expect(conversion.data.sources).toEqual([{ source: `stream:${show.id}`, kind: "stream", id: show.id, orders: 1, gmv: 60, views: 4, conversion: 0.25 }])
        expect((await api.get("/vendor/analytics/conversion", b.as())).data.sources).toEqual([])
      })

      it("answers a series by day, and one product's revenue and views", async () => {
        const daily = await api.get("/admin/analytics/series?metric=orders&bucket=day", asAdmin())
        expect(daily.data.series.map((p: any) => p.value)).toEqual([2])
        const product = await api.get(`/vendor/analytics/products/${lamp.product.id}`, a.as())
        expect(product.data).toMatchObject({ views: 1, revenue: [expect.objectContaining({ value: 60 })] })
      })

      it("records the viewers, chat, views and likes the live and video plugins report as events", async () => {
        const bus = getContainer().resolve("event_bus") as any
        await bus.emit([
          { name: "live_stream.viewers_sampled", data: { id: show.id, vendor_id: a.vendor.id, viewers: 40 } },
          { name: "live_stream.chat_volume", data: { id: show.id, vendor_id: a.vendor.id, messages: 12 } },
          { name: "video.viewed", data: { id: "vid_demo", vendor_id: a.vendor.id, watch_seconds: 9 } },
          { name: "video.liked", data: { id: "vid_demo", vendor_id: a.vendor.id } },
        ])
        await new Promise((r) => setTimeout(r, 500))
        await store().flush()
        const hour = { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 60_000) }
        const values = async (entity: string, metric: string) => (await store().points({ entity, metric, ...hour })).map((p: any) => p.value)
        expect(await values(`stream:${show.id}`, "viewers")).toEqual([40])
        expect(await values(`vendor:${a.vendor.id}`, "chat_messages")).toEqual([12])
        expect(await values("video:vid_demo", "watch_seconds")).toEqual([9])
        expect(await values("video:vid_demo", "likes")).toEqual([1])
      })

      it("never shows a vendor another vendor's figures or products", async () => {
        expect((await api.get("/vendor/analytics/summary", b.as())).data.summary).toMatchObject({ gmv: orderB.total, orders: 1 })
        expect((await api.get(`/vendor/analytics/products/${lamp.product.id}`, { ...b.as(), validateStatus: () => true })).status).toBe(404)
        const foreign = await api.get(`/vendor/analytics/summary?vendor_id=${a.vendor.id}`, { ...b.as(), validateStatus: () => true })
        expect(foreign.status).toBe(400)
      })

      it("lets the admin read one vendor's figures, and answers 404 for an unknown vendor", async () => {
        expect((await api.get(`/admin/analytics/summary?vendor_id=${a.vendor.id}`, asAdmin())).data.summary.gmv).toBe(orderA.total)
        expect((await api.get("/admin/analytics/summary?vendor_id=vend_nope", asAdmin())).status).toBe(404)
      })

      it("refuses malformed storefront events with 400", async () => {
        const bad = [
          { events: [{ type: "purchase", product_id: "p" }] },
          { events: [{ type: "product_view" }] },
          { events: Array.from({ length: 51 }, () => ({ type: "stream_view", stream_id: "s" })) },
          { events: [] },
        ]
        for (const body of bad) {
          expect((await storefront(body)).status).toBe(400)
        }
        const malformed = await api.post("/store/analytics/events", "{oops", {
          ...buyer.as({ "content-type": "application/json" }),
          validateStatus: () => true,
        })
        expect(malformed.status).toBe(400)
      })

      it("refuses a backwards range, and a minute series over more than two days, with 400", async () => {
        const backwards = await api.get("/admin/analytics/summary?from=2026-02-01&to=2026-01-01", asAdmin())
        expect([backwards.status, backwards.data.message]).toEqual([400, expect.stringMatching(/before/)])
        expect((await api.get("/admin/analytics/series?bucket=minute", asAdmin())).status).toBe(400)
      })
    })

    it("records a refund once when its event is delivered twice", async () => {
      const recordRefund = require("@broadcart/plugin-analytics/subscribers/order-refunded").default
      const event = {
        name: "marketplace.order.refunded",
        data: { id: "order_twice", vendor_id: null, amount: 7.5, currency_code: "eur", refund_id: "ref_twice" },
      }
      const from = new Date(Date.now() - 60_000)
      await recordRefund({ event, container: getContainer() })
      await recordRefund({ event, container: getContainer() })
      await store().flush()
      const points = await store().points({ entity: "platform", metric: "refunds.eur", from, to: new Date(Date.now() + 60_000) })
      expect(points.map((p: any) => p.value)).toEqual([7.5])
    })
  },
})
