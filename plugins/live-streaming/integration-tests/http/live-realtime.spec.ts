import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, configEnv, eventually, fromIp, readyCart, seedStore, signUpCustomer } from "@broadcart/test-utils"
import { createStockedProduct, signUpActiveVendor } from "@broadcart/test-utils/marketplace"
import { connectOutcome, liveClient, type LiveClient, useLiveRedis } from "@broadcart/test-utils/live"
import http from "node:http"
import { spawn } from "node:child_process"
import { join } from "node:path"
import { createInterface } from "node:readline"
import Redis from "ioredis"

jest.setTimeout(240_000)

// Node A is the app's own socket.io server; node B a second one in this process. Both share Redis.
const redis = useLiveRedis("realtime")
// A crashed node's viewers stop counting after this long (30 s in production).
const VIEWER_EXPIRY_MS = 2000
// Browsers may open live chat from the storefronts (one matched by a regex, as Medusa reads them), the admin and vendor dashboards.
configEnv({
  STORE_CORS: "https://shop.example.com,/^https:\\/\\/[a-z]+\\.shops\\.example$/",
  ADMIN_CORS: "https://admin.example.com",
  VENDOR_CORS: "https://vendors.example.com",
  LIVE_VIEWER_EXPIRY_SECONDS: String(VIEWER_EXPIRY_MS / 1000),
  // This node runs no ingest (LIVE_INGEST=off in tests): players are sent to the ingest's public origin.
  LIVE_FLV_PUBLIC_URL: "https://live.example.com",
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig, dbUtils }) => {
    const clients: LiveClient[] = []
    let nodeB: { realtime: { port: number }; stop(): Promise<void> } | null = null
    afterAll(async () => {
      clients.forEach((c) => c.socket.disconnect())
      await nodeB?.stop()
    })

    describe("a live stream watched on two nodes", () => {
      // The runner restores the database before every test; these tests go on from one another
      // (chat history, counters and the order live in PostgreSQL), so each keeps the database the
      // last one left: a snapshot makes the runner skip its next restore.
      const kept = `${dbConfig.dbName}-live-story`
      let container: ReturnType<typeof getContainer>
      let service: any
      let portB: number
      let shop: Awaited<ReturnType<typeof seedStore>>
      let host: Awaited<ReturnType<typeof signUpActiveVendor>>
      let lamp: Awaited<ReturnType<typeof createStockedProduct>>
      let streamId: string
      let ann: Awaited<ReturnType<typeof signUpCustomer>>
      let a1: LiveClient, a2: LiveClient, b: LiveClient, guest: LiveClient, hostSocket: LiveClient, late: LiveClient
      const joins: any[] = []

      beforeAll(async () => {
        // This runs before the runner's own snapshot of the empty database: take it first, so the story stays out of it.
        await dbUtils.snapshot()
        container = getContainer()
        service = container.resolve("liveStreaming") as any
        expect(service.live).toBeTruthy()
        const portA = service.live.realtime.port
        nodeB = await require("@broadcart/plugin-live-streaming/modules/live-streaming").startLiveRealtime(getContainer(), service.options, {
          port: 0,
          streams: service,
        })
        portB = nodeB!.realtime.port

        shop = await seedStore(container)
        host = await signUpActiveVendor(api, container, "Chat Host")
        lamp = await createStockedProduct(api, host, "Chat Lamp", 20)
        const created = await api.post("/vendor/live-streams", { title: "Chatty", product_ids: [lamp.product.id] }, host.as())
        streamId = created.data.live_stream.id
        await service.updateLiveStreams({ id: streamId, status: "live", started_at: new Date() })
        ann = await signUpCustomer(api, shop.key)
        const bob = await signUpCustomer(api, shop.key)

        a1 = await liveClient(portA, ann.as())
        a2 = await liveClient(portB, ann.as())
        b = await liveClient(portB, bob.as())
        guest = await liveClient(portB, undefined, "guest-1")
        hostSocket = await liveClient(portA, host.as())
        clients.push(a1, a2, b, guest, hostSocket)
        for (const c of [a1, a2, b, guest, hostSocket]) {
          joins.push(await c.call("join", { stream_id: streamId }))
        }
      })
      afterEach(() => dbUtils.snapshot({ templateName: kept }))
      afterAll(async () => {
        await dbUtils.restore()
        // The runner's database utilities have dropTemplate, but their types leave it out.
        await (dbUtils as typeof dbUtils & { dropTemplate(name: string): Promise<void> }).dropTemplate(kept)
      })

      it("lets viewers on both nodes join, with no history and no pin yet", () => {
        for (const joined of joins) {
          expect(joined).toMatchObject({ ok: true, status: "live", history: [], pinned: null })
        }
      })

      it("counts a customer with a socket on each node once", async () => {
        // Ann has two sockets (one per node): counted once. Ann, Bob, the guest and the host: 4.
        expect(await guest.call("viewers", { stream_id: streamId })).toMatchObject({ current: 4, peak: 4 })
      })

      it("refuses to join a stream that does not exist", async () => {
        expect((await a1.call("join", { stream_id: "lstr_nope" })).ok).toBe(false)
      })

      it("carries chat across the nodes in batches, one message a second per customer", async () => {
        expect(await a1.call("chat:send", { stream_id: streamId, text: "hello from A" })).toMatchObject({ ok: true })
        await eventually(async () => b.chat().some((m) => m.text === "hello from A") && guest.chat().length > 0, "A's message on node B")
        expect(b.chat()[0]).toMatchObject({ stream_id: streamId, user_id: expect.stringMatching(/^cus_/), name: "Bea B", text: "hello from A" })
        const bobSays = await b.call("chat:send", { stream_id: streamId, text: "hi from B" })
        await eventually(async () => a1.chat().some((m) => m.id === bobSays.id), "B's message on node A")
        // Within a second of Ann's message.
        expect((await a1.call("chat:send", { stream_id: streamId, text: "again" })).error).toMatch(/Too fast/)
      })

      it("refuses chat from guests, with HTML, or over 300 characters", async () => {
        expect(await guest.call("chat:send", { stream_id: streamId, text: "hey" })).toEqual({ ok: false, error: "Sign in to chat" })
        expect((await a1.call("chat:send", { stream_id: streamId, text: "<script>x</script>" })).error).toMatch(/HTML/)
        expect((await a1.call("chat:send", { stream_id: streamId, text: "x".repeat(301) })).error).toMatch(/300/)
      })

      it("lets the host's team, not customers, set slow mode and ban a customer", async () => {
        expect((await b.call("moderate", { action: "ban", stream_id: streamId, user_id: "cus_x" })).ok).toBe(false)
        expect(await hostSocket.call("moderate", { action: "slow_mode", stream_id: streamId, seconds: 30 })).toEqual({ ok: true })
        await new Promise((r) => setTimeout(r, 1100))
        expect((await b.call("chat:send", { stream_id: streamId, text: "one" })).ok).toBe(true)
        expect((await b.call("chat:send", { stream_id: streamId, text: "two" })).error).toMatch(/Slow mode/)
        expect(
          await hostSocket.call("moderate", { action: "ban", stream_id: streamId, user_id: b.chat().find((m) => m.text === "hi from B").user_id })
        ).toEqual({ ok: true })
        expect((await b.call("chat:send", { stream_id: streamId, text: "let me in" })).error).toMatch(/banned/)
        expect((await hostSocket.call("chat:send", { stream_id: streamId, text: "welcome all" })).ok).toBe(true)
      })

      it("removes a deleted message for everyone, and from the history new viewers get", async () => {
        const firstId = b.chat()[0].id
        expect(await hostSocket.call("moderate", { action: "delete", stream_id: streamId, message_id: firstId })).toEqual({ ok: true })
        await eventually(
          async () => [a1, b, guest].every((c) => (c.received["chat:deleted"] ?? []).some((d) => d.message_id === firstId)),
          "the deletion everywhere"
        )
        await container.resolve("timeSeries").flush()
        late = await liveClient(portB)
        clients.push(late)
        const joined = await late.call("join", { stream_id: streamId })
        expect(joined.history.map((m: any) => m.text)).toEqual(["hi from B", "one", "welcome all"])
      })

      it("sends a product the host pins to every viewer on both nodes", async () => {
        const pin = await api.post(`/vendor/live-streams/${streamId}/pins`, { product_id: lamp.product.id }, host.as())
        expect(pin.data.pinned).toMatchObject({ id: lamp.product.id, title: "Chat Lamp" })
        await eventually(
          async () => [a1, a2, b, guest, late].every((c) => (c.received["product:pinned"] ?? []).some((p) => p.product?.id === lamp.product.id)),
          "the pin everywhere"
        )
      })

      it("refuses to pin a product that does not exist", async () => {
        expect(
          (await api.post(`/vendor/live-streams/${streamId}/pins`, { product_id: "prod_nope" }, { ...host.as(), validateStatus: () => true })).status
        ).toBe(404)
      })

      it("frees a viewer's seat when they leave", async () => {
        b.socket.disconnect()
        await eventually(async () => (await guest.call("viewers", { stream_id: streamId })).current === 4, "Bob's seat freed (late guest counted)")
      })

      it("refuses a cart line credited to a stream that does not exist", async () => {
        const bad = await api.post(
          `/store/carts/${(await api.post("/store/carts", { region_id: shop.regionId }, ann.as())).data.cart.id}/line-items`,
          { variant_id: lamp.variantId, quantity: 1, metadata: { stream_id: "lstr_forged" } },
          { ...ann.as(), validateStatus: () => true }
        )
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/stream_id/)])
      })

      it("credits a purchase of the pinned product from the stream to the stream", async () => {
        const cartId = await readyCart(api, ann, shop.regionId, [])
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: lamp.variantId, quantity: 3, metadata: { stream_id: streamId } }, ann.as())
        const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, ann.as())
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.data.shipping_options[0].id }, ann.as())
        const pc = await api.post("/store/payment-collections", { cart_id: cartId }, ann.as())
        await api.post(`/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, ann.as())
        expect((await api.post(`/store/carts/${cartId}/complete`, {}, ann.as())).status).toBe(200)
        const timeSeries = container.resolve("timeSeries") as any
        const gmv = await eventually(async () => {
          await timeSeries.flush()
          const points = await timeSeries.points({
            entity: `stream:${streamId}`,
            metric: "gmv.usd",
            from: new Date(Date.now() - 3_600_000),
            to: new Date(Date.now() + 60_000),
          })
          return points.length && points
        }, "the stream's GMV")
        expect(gmv.map((p: any) => p.value)).toEqual([60])
        const stats = await api.get(`/vendor/live-streams/${streamId}/analytics`, host.as())
        expect(stats.data.analytics).toMatchObject({ unique_viewers: 5, chat_messages: 4, orders: 1, gmv: 60, currency_code: "usd" })
      })

      it("pushes the viewer counts to the viewers on both nodes every 10 s, unasked", async () => {
        const answered = await guest.call("viewers", { stream_id: streamId })
        const seen = [a1, guest].map((v) => v.received.viewers?.length ?? 0)
        await eventually(async () => [a1, guest].every((v, i) => (v.received.viewers?.length ?? 0) > seen[i]), "viewer counts pushed on both nodes", 15_000)
        for (const viewer of [a1, guest]) {
          expect(viewer.received.viewers.at(-1)).toEqual({ stream_id: streamId, current: answered.current, peak: answered.peak })
        }
      })
    })

    const realtimePort = () => (getContainer().resolve("liveStreaming") as any).live.realtime.port
    /** A live stream of a new vendor. */
    const liveStream = async (name: string) => {
      const container = getContainer()
      const host = await signUpActiveVendor(api, container, `${name} Host`)
      const lamp = await createStockedProduct(api, host, `${name} Lamp`, 20)
      const id = (await api.post("/vendor/live-streams", { title: name, product_ids: [lamp.product.id] }, host.as())).data.live_stream.id as string
      await (container.resolve("liveStreaming") as any).updateLiveStreams({ id, status: "live", started_at: new Date() })
      return id
    }

    it("reports chat volume per stream, recorded by analytics as the stream's chat messages", async () => {
      const container = getContainer()
      const streamId = await liveStream("Volume")
      const shop = await seedStore(container)
      for (const name of ["one", "two", "three"]) {
        const chatter = await liveClient(realtimePort(), (await signUpCustomer(api, shop.key)).as())
        clients.push(chatter)
        await chatter.call("join", { stream_id: streamId })
        expect(await chatter.call("chat:send", { stream_id: streamId, text: `message ${name}` })).toMatchObject({ ok: true })
      }
      const timeSeries = container.resolve("timeSeries") as any
      const recorded = await eventually(
        async () => {
          await timeSeries.flush()
          const points = await timeSeries.points({
            entity: `stream:${streamId}`,
            metric: "chat_messages",
            from: new Date(Date.now() - 3_600_000),
            to: new Date(Date.now() + 60_000),
          })
          return points.length && points
        },
        "the chat volume in analytics",
        15_000
      )
      expect(recorded.map((p: any) => p.value)).toEqual([3])
    })

    it("counts no current viewers on a stream once it is off air, though viewers stay on its page", async () => {
      const service = getContainer().resolve("liveStreaming") as any
      const streamId = await liveStream("Afterparty")
      const viewer = await liveClient(realtimePort(), undefined, "afterparty-viewer")
      clients.push(viewer)
      expect((await viewer.call("join", { stream_id: streamId })).ok).toBe(true)
      const current = async () => (await service.listLiveStreams({ id: streamId }))[0].current_viewers
      await eventually(async () => (await current()) === 1, "the viewer to be sampled", 25_000)
      await service.updateLiveStreams({ id: streamId, status: "ended", ended_at: new Date(), current_viewers: 0 })
      // Samples come every 10 s (viewerPushSeconds): the next one must not count the viewer again.
      await new Promise((r) => setTimeout(r, 11_000))
      expect(await current()).toBe(0)
    })

    it("stops counting the viewers of a node killed with SIGKILL within the viewer expiry", async () => {
      const streamId = await liveStream("Crash")
      const node = spawn(process.execPath, [join(__dirname, "../helpers/live-node.js"), redis.url, redis.prefix, String(VIEWER_EXPIRY_MS)], {
        stdio: ["ignore", "pipe", "inherit"],
      })
      const exited = new Promise((resolve) => node.once("exit", resolve))
      try {
        const { port } = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: node.stdout! }).once("line", resolve)))
        const viewers = await Promise.all(Array.from({ length: 20 }, (_, i) => liveClient(port, undefined, `crash-${i}`)))
        clients.push(...viewers)
        for (const viewer of viewers) {
          expect((await viewer.call("join", { stream_id: streamId })).ok).toBe(true)
        }
        const watcher = await liveClient(realtimePort(), undefined, "crash-watcher")
        clients.push(watcher)
        expect((await watcher.call("join", { stream_id: streamId })).viewers).toMatchObject({ current: 21 })

        node.kill("SIGKILL")
        await exited
        const killedAt = Date.now()
        await eventually(
          async () => (await watcher.call("viewers", { stream_id: streamId })).current === 1,
          "the killed node's viewers to go",
          VIEWER_EXPIRY_MS + 2000
        )
        expect(Date.now() - killedAt).toBeLessThanOrEqual(VIEWER_EXPIRY_MS + 500)
      } finally {
        node.kill("SIGKILL")
      }
    })

    it("leaks no viewer and no key without expiry when 100 sockets join and disconnect at once", async () => {
      const streamId = await liveStream("Race")
      await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          const racer = await liveClient(realtimePort(), undefined, `race-${i}`)
          racer.socket.emit("join", { stream_id: streamId })
          racer.socket.disconnect()
        })
      )
      await new Promise((r) => setTimeout(r, 1000))
      const watcher = await liveClient(realtimePort())
      clients.push(watcher)
      expect((await watcher.call("viewers", { stream_id: streamId })).current).toBe(0)

      const store = new Redis(redis.url)
      try {
        const keys = await store.keys(`${redis.prefix}live:*`)
        expect(keys.length).toBeGreaterThan(0)
        const ttls = await Promise.all(keys.map(async (key) => [key, await store.pttl(key)] as const))
        expect(ttls.filter(([, ttl]) => ttl < 0)).toEqual([])
      } finally {
        await store.quit()
      }
    })
    /** The Access-Control-Allow-Origin socket.io's polling handshake answers a browser at `origin` with. */
    const pollingCors = (origin: string) =>
      new Promise<{ status?: number; allowOrigin?: string }>((resolve, reject) =>
        http
          .get(`http://127.0.0.1:${realtimePort()}/socket.io/?EIO=4&transport=polling`, { headers: { origin } }, (res) => {
            res.resume()
            resolve({ status: res.statusCode, allowOrigin: res.headers["access-control-allow-origin"] as string | undefined })
          })
          .on("error", reject)
      )

    it("refuses socket.io connections from an origin outside STORE_CORS, ADMIN_CORS and VENDOR_CORS, over WebSocket and polling", async () => {
      for (const transports of [["websocket"], ["polling"]]) {
        expect(await connectOutcome(realtimePort(), { transports, extraHeaders: { origin: "https://evil.example" } })).toMatch(/^refused/)
      }
      expect(await pollingCors("https://evil.example")).toEqual({ status: 403, allowOrigin: undefined })
    })

    it("lets in socket.io connections from configured origins, regexes included, and from servers sending no Origin", async () => {
      const origins = ["https://shop.example.com", "https://anna.shops.example", "https://admin.example.com", "https://vendors.example.com"]
      for (const transports of [["websocket"], ["polling"]]) {
        for (const origin of origins) {
          expect([origin, await connectOutcome(realtimePort(), { transports, extraHeaders: { origin } })]).toEqual([origin, "connected"])
        }
        expect(await connectOutcome(realtimePort(), { transports })).toBe("connected")
      }
      expect(await pollingCors("https://shop.example.com")).toEqual({ status: 200, allowOrigin: "https://shop.example.com" })
    })

    it("answers a CORS preflight on /hls/* for the store's origins, Range allowed", async () => {
      const preflight = (origin: string) =>
        api.options("/hls/lstr_01ABC/seg_00000.ts", {
          headers: { origin, "access-control-request-method": "GET", "access-control-request-headers": "range" },
          validateStatus: () => true,
        })
      for (const origin of ["https://shop.example.com", "https://north.shops.example"]) {
        const res = await preflight(origin)
        expect(res.status).toBe(204)
        expect(res.headers["access-control-allow-origin"]).toBe(origin)
        expect(res.headers["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS")
        expect(res.headers["access-control-allow-headers"].toLowerCase().split(/,\s*/)).toContain("range")
      }
      const foreign = await preflight("https://evil.example")
      expect(foreign.status).toBe(204)
      expect(foreign.headers["access-control-allow-origin"]).toBeUndefined()
    })

    it("advertises the ingest's public HTTP-FLV origin (LIVE_FLV_PUBLIC_URL) on a node without ingest", async () => {
      const container = getContainer()
      const shop = await seedStore(container)
      const host = await signUpActiveVendor(api, container, "Remote Ingest")
      const stream = (await api.post("/vendor/live-streams", { title: "Elsewhere" }, host.as())).data.live_stream
      expect(container.resolve("liveStreaming").ingest).toBeNull()
      await container.resolve("liveStreaming").updateLiveStreams({ id: stream.id, status: "live", started_at: new Date() })
      const live = await api.get(`/store/live-streams/${stream.id}`, { headers: { "x-publishable-api-key": shop.key } })
      expect(live.data.live_stream.flv_url).toBe(`https://live.example.com/live/${stream.id}.flv`)
    })

    it("credits a cart line only to a live or ended stream of its product's vendor, on every write", async () => {
      const container = getContainer()
      const service = container.resolve("liveStreaming") as any
      const shop = await seedStore(container)
      const host = await signUpActiveVendor(api, container, "Own Host")
      const rival = await signUpActiveVendor(api, container, "Rival Host")
      const lamp = await createStockedProduct(api, host, "Own Lamp", 20)
      const vase = await createStockedProduct(api, rival, "Rival Vase", 30)
      const stream = async (vendor: any, product: any, status: string) => {
        const created = await api.post("/vendor/live-streams", { title: `${status} show`, product_ids: [product.product.id] }, vendor.as())
        await service.updateLiveStreams({ id: created.data.live_stream.id, status })
        return created.data.live_stream.id as string
      }
      const own = await stream(host, lamp, "live")
      const ownEnded = await stream(host, lamp, "ended")
      const ownScheduled = await stream(host, lamp, "scheduled")
      const rivals = await stream(rival, vase, "live")
      const ann = await signUpCustomer(api, shop.key)
      const post = (path: string, body: unknown) => api.post(path, body, { ...ann.as(), validateStatus: () => true })
      const refused = async (path: string, body: unknown, field: string, why: RegExp) => {
        const res = await post(path, body)
        expect([path, res.status, res.data.field, res.data.message]).toEqual([path, 400, field, expect.stringMatching(why)])
      }

      // Creating a cart with items.
      const items = (stream_id: string) => [
        { variant_id: lamp.variantId, quantity: 1 },
        { variant_id: lamp.variantId, quantity: 1, metadata: { stream_id } },
      ]
      await refused("/store/carts", { region_id: shop.regionId, items: items(rivals) }, "items.1.metadata.stream_id", /another vendor/)
      await refused("/store/carts", { region_id: shop.regionId, items: items("lstr_nope") }, "items.1.metadata.stream_id", /no live stream/)
      const cart = await post("/store/carts", { region_id: shop.regionId, items: items(own) })
      expect(cart.status).toBe(200)
      const cartId = cart.data.cart.id

      // Adding a line.
      const lines = `/store/carts/${cartId}/line-items`
      await refused(lines, { variant_id: lamp.variantId, quantity: 1, metadata: { stream_id: rivals } }, "metadata.stream_id", /another vendor/)
      await refused(lines, { variant_id: lamp.variantId, quantity: 1, metadata: { stream_id: ownScheduled } }, "metadata.stream_id", /no live stream/)
      expect((await post(lines, { variant_id: vase.variantId, quantity: 1, metadata: { stream_id: rivals } })).status).toBe(200)

      // Updating a line: the check is the same, against the line's own product.
      const lampLine = cart.data.cart.items.find((i: any) => !i.metadata?.stream_id)
      const update = `${lines}/${lampLine.id}`
      for (const stream_id of ["lstr_nope", ownScheduled, 42]) {
        await refused(update, { quantity: 2, metadata: { stream_id } }, "metadata.stream_id", /no live stream/)
      }
      await refused(update, { quantity: 2, metadata: { stream_id: rivals } }, "metadata.stream_id", /another vendor/)
      const updated = await post(update, { quantity: 2, metadata: { stream_id: ownEnded } })
      expect([updated.status, updated.data.cart.items.find((i: any) => i.id === lampLine.id).metadata]).toEqual([200, { stream_id: ownEnded }])
      expect((await post(`${lines}/cali_nope`, { quantity: 1, metadata: { stream_id: own } })).status).toBe(404)
    })

    it("answers the storefront's stream and vendor reads from cache, fresh after every change", async () => {
      const container = getContainer()
      const service = container.resolve("liveStreaming") as any
      const shop = await seedStore(container)
      const host = await signUpActiveVendor(api, container, "Cached Host")
      const lamp = await createStockedProduct(api, host, "Cached Lamp", 20)
      const stream = (await api.post("/vendor/live-streams", { title: "Cached show", product_ids: [lamp.product.id] }, host.as())).data.live_stream
      const store = { headers: { "x-publishable-api-key": shop.key }, validateStatus: () => true }
      const read = (path: string) => api.get(path, store)
      const detail = `/store/live-streams/${stream.id}`

      const first = await read(detail)
      expect(first.headers["x-cache"]).toBe("MISS")
      const second = await read(detail)
      expect(second.headers["x-cache"]).toBe("HIT")
      expect(second.data).toEqual(first.data)
      expect((await read("/store/live-streams?status=scheduled")).headers["x-cache"]).toBe("MISS")
      expect((await read("/store/live-streams?status=scheduled")).headers["x-cache"]).toBe("HIT")
      expect((await read("/store/live-streams?status=scheduled&limit=5")).headers["x-cache"]).toBe("MISS")
      expect((await read(`/store/vendors/${host.vendor.handle}`)).headers["x-cache"]).toBe("MISS")
      expect((await read(`/store/vendors/${host.vendor.handle}`)).headers["x-cache"]).toBe("HIT")

      // A pin, a product renamed by its vendor, and the stream going live each show at once.
      await api.post(`/vendor/live-streams/${stream.id}/pins`, { product_id: lamp.product.id }, host.as())
      await eventually(async () => (await read(detail)).data.live_stream.products[0].pinned === true, "the pin in the cached stream", 3_000)
      expect((await api.post(`/vendor/products/${lamp.product.id}`, { title: "Renamed Lamp" }, host.as())).status).toBe(200)
      await eventually(async () => (await read(detail)).data.live_stream.products[0].title === "Renamed Lamp", "the new title in the cached stream", 3_000)
      await eventually(
        async () => (await read(`/store/vendors/${host.vendor.handle}`)).data.vendor.products[0].title === "Renamed Lamp",
        "the new title on the vendor page",
        3_000
      )
      await service.updateLiveStreams({ id: stream.id, status: "live", started_at: new Date() })
      await eventually(
        async () => (await read("/store/live-streams?status=live")).data.live_streams.some((s: any) => s.id === stream.id),
        "the stream in the live list",
        3_000
      )
      expect((await read("/store/live-streams?status=scheduled")).data.live_streams.map((s: any) => s.id)).not.toContain(stream.id)
      expect((await read(detail)).data.live_stream).toMatchObject({ status: "live", playback_url: expect.stringContaining(stream.id) })

      // A suspended vendor's stream and page disappear from the storefront.
      const admin = await adminHeaders(container, api)
      expect((await api.post(`/admin/vendors/${host.vendor.id}/suspend`, { reason: "test" }, fromIp("10.61.0.1", admin.headers))).status).toBe(200)
      await eventually(async () => (await read(detail)).status === 404, "the suspended vendor's stream to go", 3_000)
      await eventually(async () => (await read(`/store/vendors/${host.vendor.handle}`)).status === 404, "the suspended vendor's page to go", 3_000)
      expect((await read("/store/live-streams?status=live")).data.live_streams.map((s: any) => s.id)).not.toContain(stream.id)

      // The admin still sees it, with its vendor.
      const listed = await api.get(`/admin/live-streams?vendor_id=${host.vendor.id}`, fromIp("10.61.0.1", admin.headers))
      expect(listed.data.live_streams).toEqual([
        expect.objectContaining({ id: stream.id, vendor: expect.objectContaining({ name: "Cached Host", status: "suspended" }) }),
      ])
    })
  },
})
