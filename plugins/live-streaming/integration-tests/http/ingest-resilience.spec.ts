import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedStore } from "../../../marketplace/integration-tests/helpers/checkout"
import { signUpActiveVendor } from "../../../marketplace/integration-tests/helpers/vendors"
import { eventually, publish, useLiveIngest } from "../helpers/media"

jest.setTimeout(120_000)

const ingest = useLiveIngest()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    /** A scheduled stream of a fresh vendor, with helpers to read it as a shopper. */
    async function newShow(title: string) {
      const container = getContainer()
      const shop = await seedStore(container)
      const host = await signUpActiveVendor(api, container, `${title} shop`)
      const stream = (await api.post("/vendor/live-streams", { title }, host.as())).data.live_stream
      const store = { headers: { "x-publishable-api-key": shop.key }, validateStatus: () => true }
      const status = async () => (await api.get(`/store/live-streams/${stream.id}`, store)).data.live_stream.status as string
      const playlist = async () => {
        const res = await api.get(`/hls/${stream.id}/index.m3u8`, { validateStatus: () => true, responseType: "text" })
        return res.status === 200 ? (res.data as string) : ""
      }
      const segments = async () => (await playlist()).match(/seg_\d+\.ts/g) ?? []
      const rtmp = `rtmp://127.0.0.1:${ingest.port}/live/${stream.id}?key=${stream.stream_key}`
      return { stream, status, playlist, segments, rtmp }
    }
    const exitsWithin = (p: { exited: Promise<number | null> }, ms: number) =>
      Promise.race([p.exited, new Promise((r) => setTimeout(() => r("still running"), ms))])

    it("keeps the show live and the first publisher untouched when a second publisher uses the same key", async () => {
      const show = await newShow("Twice")
      const first = publish(show.rtmp)
      await eventually(async () => (await show.status()) === "live", "the stream to go live")
      await eventually(async () => (await show.segments()).length >= 1, "a first segment", 30_000)

      const second = publish(show.rtmp)
      expect(await exitsWithin(second, 10_000)).not.toBe("still running")
      const before = (await show.segments()).length
      // Longer than the time the ingest waits for a publisher that left.
      await new Promise((r) => setTimeout(r, 5000))
      expect(await show.status()).toBe("live")
      expect(first.exitCode).toBeNull()
      expect((await show.segments()).length).toBeGreaterThan(before)
      first.kill("SIGKILL")
      await eventually(async () => (await show.status()) === "ended", "the stream to end", 10_000)
    })
  },
})
