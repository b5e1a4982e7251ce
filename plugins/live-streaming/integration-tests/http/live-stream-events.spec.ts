import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually, recordEvents } from "@broadcart/test-utils"
import { signUpActiveVendor } from "@broadcart/test-utils/marketplace"

jest.setTimeout(120_000)

// No ingest runs in this app (LIVE_INGEST=off in tests): a vendor's end is recorded by the workflow itself.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const newStream = async (name: string) => {
      const host = await signUpActiveVendor(api, getContainer(), `${name} Host`)
      const stream = (await api.post("/vendor/live-streams", { title: name }, host.as())).data.live_stream
      return { host, stream }
    }
    const goLive = (id: string) => (getContainer().resolve("liveStreaming") as any).updateLiveStreams({ id, status: "live", started_at: new Date() })

    it("emits live_stream.cancelled with the stream and its vendor when a scheduled stream is cancelled", async () => {
      const events = recordEvents(getContainer(), ["live_stream.cancelled"])
      const { host, stream } = await newStream("Called Off")

      const cancelled = await api.post(`/vendor/live-streams/${stream.id}/cancel`, {}, host.as())
      expect(cancelled.data.live_stream).toMatchObject({ id: stream.id, status: "cancelled" })
      await eventually(async () => events.length > 0, "live_stream.cancelled")
      expect(events).toEqual([{ name: "live_stream.cancelled", data: { id: stream.id, vendor_id: host.vendor.id } }])

      const again = await api.post(`/vendor/live-streams/${stream.id}/cancel`, {}, { ...host.as(), validateStatus: () => true })
      expect([again.status, again.data.message]).toEqual([400, "Only scheduled streams can be cancelled; this one is cancelled"])
      await new Promise((r) => setTimeout(r, 500))
      expect(events).toHaveLength(1)
    })

    it("emits live_stream.stream_key_rotated with the new key's hint, never the key, when the key is rotated", async () => {
      const events = recordEvents(getContainer(), ["live_stream.stream_key_rotated"])
      const { host, stream } = await newStream("New Key")

      const rotated = await api.post(`/vendor/live-streams/${stream.id}/rotate-key`, {}, host.as())
      const key = rotated.data.live_stream.stream_key as string
      expect(key).toMatch(/^live_/)
      expect(key).not.toBe(stream.stream_key)
      expect(rotated.data.live_stream).toMatchObject({ status: "scheduled", stream_key_hint: key.slice(-4) })
      await eventually(async () => events.length > 0, "live_stream.stream_key_rotated")
      expect(events).toEqual([{ name: "live_stream.stream_key_rotated", data: { id: stream.id, vendor_id: host.vendor.id, stream_key_hint: key.slice(-4) } }])
      expect(JSON.stringify(events)).not.toContain(key)
    })

    it("emits live_stream.ended once, with its vendor and replay, when a vendor ends a stream no ingest carries", async () => {
      const events = recordEvents(getContainer(), ["live_stream.ended"])
      const { host, stream } = await newStream("Over Now")
      await goLive(stream.id)

      const ended = await api.post(`/vendor/live-streams/${stream.id}/end`, {}, host.as())
      expect(ended.data.live_stream).toMatchObject({ id: stream.id, status: "ended", current_viewers: 0, ended_at: expect.any(String) })
      await eventually(async () => events.length > 0, "live_stream.ended")
      await new Promise((r) => setTimeout(r, 500))
      expect(events).toEqual([{ name: "live_stream.ended", data: { id: stream.id, vendor_id: host.vendor.id, has_replay: false } }])
    })
  },
})
