import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { configEnv, eventually, seedStore, signUpCustomer } from "@broadcart/test-utils"
import { createStockedProduct, signUpActiveVendor } from "@broadcart/test-utils/marketplace"
import { liveClient, type LiveClient, useLiveRedis } from "@broadcart/test-utils/live"

jest.setTimeout(180_000)

// The chat history store (Cassandra) is unreachable for the whole suite: nothing listens on port 1.
useLiveRedis("degraded")
configEnv({ CASSANDRA_CONTACT_POINTS: "127.0.0.1:1", CASSANDRA_KEYSPACE: "broadcart_unreachable" })

const UNAVAILABLE = "Chat is unavailable, try again shortly"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const clients: LiveClient[] = []
    let nodeB: { realtime: { port: number; redis: any }; stop(): Promise<void> } | null = null
    afterAll(async () => {
      clients.forEach((c) => c.socket.disconnect())
      await nodeB?.stop()
    })

    const setup = async (name: string) => {
      const container = getContainer()
      const service = container.resolve("liveStreaming") as any
      const shop = await seedStore(container)
      const host = await signUpActiveVendor(api, container, `${name} Host`)
      const lamp = await createStockedProduct(api, host, `${name} Lamp`, 20)
      const streamId = (await api.post("/vendor/live-streams", { title: name, product_ids: [lamp.product.id] }, host.as())).data.live_stream.id
      await service.updateLiveStreams({ id: streamId, status: "live", started_at: new Date() })
      return { service, shop, streamId }
    }

    it("lets viewers join without history while the history store is unreachable, and keeps their messages for it", async () => {
      const { service, shop, streamId } = await setup("Unread")
      const series = getContainer().resolve("timeSeries") as any
      expect(series.stats().backend).toBe("cassandra")
      const ann = await liveClient(service.live.realtime.port, (await signUpCustomer(api, shop.key)).as())
      const guest = await liveClient(service.live.realtime.port, undefined, "degraded-guest")
      clients.push(ann, guest)
      for (const c of [ann, guest]) {
        expect(await c.call("join", { stream_id: streamId })).toMatchObject({
          ok: true,
          status: "live",
          history: [],
          history_unavailable: true,
          viewers: { current: expect.any(Number) },
        })
      }
      expect(await ann.call("chat:send", { stream_id: streamId, text: "anyone there?" })).toMatchObject({ ok: true })
      await eventually(async () => guest.chat().some((m) => m.text === "anyone there?"), "the message delivered")
      await eventually(async () => series.stats().queued > 0 && series.stats().failures > 0, "the message kept for the history store")
      expect(series.stats().dropped).toBe(0)
    })

    it("answers its own short message, never the Redis client's, while chat state in Redis is unreachable", async () => {
      const { service, shop, streamId } = await setup("Cut")
      nodeB = await require("@broadcart/plugin-live-streaming/modules/live-streaming").startLiveRealtime(getContainer(), service.options, {
        port: 0,
        streams: service,
      })
      const bea = await liveClient(nodeB!.realtime.port, (await signUpCustomer(api, shop.key)).as())
      clients.push(bea)
      expect((await bea.call("join", { stream_id: streamId })).ok).toBe(true)

      nodeB!.realtime.redis.disconnect()
      expect(await bea.call("chat:send", { stream_id: streamId, text: "still here?" })).toEqual({ ok: false, error: UNAVAILABLE })
      expect(await bea.call("viewers", { stream_id: streamId })).toEqual({ ok: false, error: UNAVAILABLE })
      const late = await liveClient(nodeB!.realtime.port, undefined, "cut-guest")
      clients.push(late)
      expect(await late.call("join", { stream_id: streamId })).toMatchObject({ ok: true, history: [], history_unavailable: true, viewers: null })
    })
  },
})
