import { execFileSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, eventually, fromIp, seedStore } from "@broadcart/test-utils"
import { signUpActiveVendor } from "@broadcart/test-utils/marketplace"
import { liveClient, publish, useLiveIngest } from "@broadcart/test-utils/live"

jest.setTimeout(120_000)

// Short, so a stream that is not coming back ends within the test; long enough to reconnect.
const GRACE_SECONDS = 4
const ingest = useLiveIngest({ reconnectGraceSeconds: GRACE_SECONDS })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    /** A scheduled stream of a fresh vendor, with helpers to read its status, playlist and segment files. */
    async function newShow(title: string) {
      const container = getContainer()
      await seedStore(container)
      const host = await signUpActiveVendor(api, container, `${title} shop`)
      const stream = (await api.post("/vendor/live-streams", { title }, host.as())).data.live_stream
      // From the database: the storefront's read is cached, and this follows each change.
      const status = async () => (await container.resolve("liveStreaming").listLiveStreams({ id: stream.id }))[0].status as string
      const playlist = async () => {
        const res = await api.get(`/hls/${stream.id}/index.m3u8`, { validateStatus: () => true, responseType: "text" })
        return res.status === 200 ? (res.data as string) : ""
      }
      const segments = async () => (await playlist()).match(/seg_\d+\.ts/g) ?? []
      const rtmp = `rtmp://127.0.0.1:${ingest.port}/live/${stream.id}?key=${stream.stream_key}`
      const dir = join(ingest.mediaDir, stream.id)
      /** The whole playlist on disk (viewers get only the last few segments while live). */
      const recorded = () => readFileSync(join(dir, "index.m3u8"), "utf8")
      /** Each segment file with what would change if it were written again. */
      const files = () =>
        Object.fromEntries(
          readdirSync(dir)
            .filter((f) => /^seg_\d+\.ts$/.test(f))
            .map((f) => {
              const st = statSync(join(dir, f))
              return [f, `${st.ino}:${st.mtimeMs}:${st.size}`]
            })
        )
      return { host, stream, status, playlist, segments, rtmp, dir, recorded, files }
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

    it("closes a silent, half-open publisher when its encoder reconnects with the key, and the next attempt resumes the stream", async () => {
      const show = await newShow("Half open")
      const first = publish(show.rtmp)
      await eventually(async () => (await show.status()) === "live", "the stream to go live")
      await eventually(async () => (await show.segments()).length >= 1, "a segment", 30_000)

      // A frozen encoder keeps its connection open and sends nothing, as after a network loss.
      first.kill("SIGSTOP")
      await new Promise((r) => setTimeout(r, 4000))
      expect(await show.status()).toBe("live")
      const retry = publish(show.rtmp)
      expect(await exitsWithin(retry, 10_000)).not.toBe("still running")
      await eventually(async () => (await show.status()) === "interrupted", "the old connection to be closed", 3_000)
      const back = publish(show.rtmp)
      await eventually(async () => (await show.status()) === "live", "the stream to be live again", 5_000)
      await eventually(async () => show.recorded().includes("#EXT-X-DISCONTINUITY"), "segments after the reconnect", 30_000)
      first.kill("SIGKILL")
      back.kill("SIGKILL")
      await eventually(async () => (await show.status()) === "ended", "the stream to end", (GRACE_SECONDS + 6) * 1000)
    })

    it("continues the same stream and recording, after a discontinuity, when the encoder reconnects within the grace period", async () => {
      const container = getContainer()
      const show = await newShow("Comeback")
      const viewer = await liveClient(container.resolve("liveStreaming").live.realtime.port, undefined, "viewer-comeback")
      expect((await viewer.call("join", { stream_id: show.stream.id })).ok).toBe(true)
      const first = publish(show.rtmp)
      await eventually(async () => (await show.status()) === "live", "the stream to go live")
      await eventually(async () => (await show.segments()).length >= 2, "two segments", 30_000)

      first.kill("SIGKILL")
      await eventually(async () => (await show.status()) === "interrupted", "the stream to be interrupted", 3_000)
      await eventually(async () => viewer.received["stream:status"]?.some((m: any) => m.status === "interrupted"), "viewers to be told", 3_000)
      const before = show.files()
      expect(show.recorded()).not.toContain("#EXT-X-ENDLIST")

      await new Promise((r) => setTimeout(r, 1000))
      const second = publish(show.rtmp)
      await eventually(async () => (await show.status()) === "live", "the stream to be live again", 5_000)
      await eventually(
        async () => show.recorded().includes("#EXT-X-DISCONTINUITY") && Object.keys(show.files()).length >= Object.keys(before).length + 2,
        "segments after the reconnect",
        30_000
      )
      expect(viewer.received["stream:status"].map((m: any) => m.status)).toEqual(["live", "interrupted", "live"])

      // Every segment written before the drop is the same file, untouched.
      const after = show.files()
      for (const [name, identity] of Object.entries(before)) {
        expect([name, after[name]]).toEqual([name, identity])
      }
      second.kill("SIGKILL")
      await eventually(async () => (await show.status()) === "ended", "the stream to end", (GRACE_SECONDS + 6) * 1000)
      const replay = show.recorded()
      const names = replay.match(/seg_\d+\.ts/g)!
      expect(new Set(names).size).toBe(names.length)
      expect(replay.match(/#EXT-X-DISCONTINUITY/g)).toHaveLength(1)
      expect(replay.trimEnd().endsWith("#EXT-X-ENDLIST")).toBe(true)
      expect(await show.playlist()).toBe(replay)
      viewer.socket.disconnect()
    })

    it("is interrupted when the encoder drops, and ends with its replay when the grace period runs out", async () => {
      const show = await newShow("Gone")
      const encoder = publish(show.rtmp)
      await eventually(async () => (await show.status()) === "live", "the stream to go live")
      await eventually(async () => (await show.segments()).length >= 1, "a segment", 30_000)

      const droppedAt = Date.now()
      encoder.kill("SIGKILL")
      await eventually(async () => (await show.status()) === "interrupted", "the stream to be interrupted", 3_000)
      await eventually(async () => (await show.status()) === "ended", "the stream to end", (GRACE_SECONDS + 6) * 1000)
      expect(Date.now() - droppedAt).toBeGreaterThanOrEqual(GRACE_SECONDS * 1000)
      expect((await show.playlist()).trimEnd().endsWith("#EXT-X-ENDLIST")).toBe(true)
    })

    it("records on after the HLS recorder's ffmpeg is killed, and the replay ends with #EXT-X-ENDLIST", async () => {
      const show = await newShow("Crash")
      const encoder = publish(show.rtmp)
      await eventually(async () => (await show.status()) === "live", "the stream to go live")
      await eventually(async () => (await show.segments()).length >= 2, "two segments", 30_000)

      const recorder = execFileSync("pgrep", ["-f", `/live/${show.stream.id}\\?recorder=`], { encoding: "utf8" })
        .trim()
        .split("\n")
      expect(recorder).toHaveLength(1)
      process.kill(Number(recorder[0]), "SIGKILL")
      const before = show.files()
      await eventually(
        async () => show.recorded().includes("#EXT-X-DISCONTINUITY") && Object.keys(show.files()).length >= Object.keys(before).length + 2,
        "segments after the crash",
        30_000
      )
      expect(await show.status()).toBe("live")
      const after = show.files()
      for (const [name, identity] of Object.entries(before)) {
        expect([name, after[name]]).toEqual([name, identity])
      }
      encoder.kill("SIGKILL")
      await eventually(async () => (await show.status()) === "ended", "the stream to end", (GRACE_SECONDS + 6) * 1000)
      expect(show.recorded().trimEnd().endsWith("#EXT-X-ENDLIST")).toBe(true)
    })

    it("ends an interrupted stream at once when its vendor ends it", async () => {
      const show = await newShow("Over")
      const encoder = publish(show.rtmp)
      await eventually(async () => (await show.status()) === "live", "the stream to go live")
      await eventually(async () => (await show.segments()).length >= 1, "a segment", 30_000)
      encoder.kill("SIGKILL")
      await eventually(async () => (await show.status()) === "interrupted", "the stream to be interrupted", 3_000)

      const ended = await api.post(`/vendor/live-streams/${show.stream.id}/end`, {}, show.host.as())
      expect(ended.data.live_stream).toMatchObject({ status: "ended", has_replay: true })
      expect(show.recorded().trimEnd().endsWith("#EXT-X-ENDLIST")).toBe(true)
    })

    it("ends an interrupted stream at once when its vendor is suspended, so its encoder cannot return", async () => {
      const show = await newShow("Suspended")
      const encoder = publish(show.rtmp)
      await eventually(async () => (await show.status()) === "live", "the stream to go live")
      await eventually(async () => (await show.segments()).length >= 1, "a segment", 30_000)
      encoder.kill("SIGKILL")
      await eventually(async () => (await show.status()) === "interrupted", "the stream to be interrupted", 3_000)

      const admin = await adminHeaders(getContainer(), api)
      expect((await api.post(`/admin/vendors/${show.host.vendor.id}/suspend`, { reason: "counterfeits" }, fromIp("10.74.0.1", admin.headers))).status).toBe(200)
      await eventually(async () => (await show.status()) === "ended", "the stream to end", (GRACE_SECONDS - 1) * 1000)
      expect(show.recorded().trimEnd().endsWith("#EXT-X-ENDLIST")).toBe(true)
    })

    // This and the next restart the app's ingest in this process, as a server restart would.
    it("after a server restart, interrupts a stream left live and ends it with a complete replay when the grace period runs out", async () => {
      const container = getContainer()
      const service = container.resolve("liveStreaming") as any
      const show = await newShow("Restarted")
      // What a show cut off by a crash leaves: live in the database, a playlist without an end.
      await service.updateLiveStreams({ id: show.stream.id, status: "live", started_at: new Date() })
      mkdirSync(show.dir, { recursive: true })
      writeFileSync(
        join(show.dir, "index.m3u8"),
        "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:EVENT\n#EXTINF:2.000000,\nseg_00000.ts\n"
      )
      writeFileSync(join(show.dir, "seg_00000.ts"), Buffer.alloc(188 * 10, 0x47))

      await service.ingest.stop()
      service.ingest = await require("@broadcart/plugin-live-streaming/modules/live-streaming").startIngest(container, service.options, service)
      expect(await show.status()).toBe("interrupted")
      await eventually(async () => (await show.status()) === "ended", "the stream to end", (GRACE_SECONDS + 6) * 1000)
      const [stream] = await service.listLiveStreams({ id: show.stream.id })
      expect(stream.has_replay).toBe(true)
      expect(show.recorded().trimEnd().endsWith("#EXT-X-ENDLIST")).toBe(true)
    })

    it("after a server restart, continues a stream left live when its encoder reconnects in time", async () => {
      const container = getContainer()
      const service = container.resolve("liveStreaming") as any
      const show = await newShow("Back after restart")
      await service.updateLiveStreams({ id: show.stream.id, status: "live", started_at: new Date() })
      mkdirSync(show.dir, { recursive: true })
      writeFileSync(
        join(show.dir, "index.m3u8"),
        "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:EVENT\n#EXTINF:2.000000,\nseg_00000.ts\n"
      )
      writeFileSync(join(show.dir, "seg_00000.ts"), Buffer.alloc(188 * 10, 0x47))
      const before = show.files()

      await service.ingest.stop()
      service.ingest = await require("@broadcart/plugin-live-streaming/modules/live-streaming").startIngest(container, service.options, service)
      expect(await show.status()).toBe("interrupted")
      const encoder = publish(show.rtmp)
      await eventually(async () => (await show.status()) === "live", "the stream to be live again", 5_000)
      await eventually(async () => /#EXT-X-DISCONTINUITY\n#EXTINF:[\d.]+,\nseg_00001\.ts/.test(show.recorded()), "segments after the restart", 30_000)
      expect(show.files()["seg_00000.ts"]).toBe(before["seg_00000.ts"])
      encoder.kill("SIGKILL")
      await eventually(async () => (await show.status()) === "ended", "the stream to end", (GRACE_SECONDS + 6) * 1000)
      expect(show.recorded().trimEnd().endsWith("#EXT-X-ENDLIST")).toBe(true)
    })

    it("at start-up, completes a replay left without #EXT-X-ENDLIST, so it is no longer served as live", async () => {
      const container = getContainer()
      const service = container.resolve("liveStreaming") as any
      const show = await newShow("Old replay")
      await service.updateLiveStreams({ id: show.stream.id, status: "ended", ended_at: new Date(), has_replay: true })
      mkdirSync(show.dir, { recursive: true })
      writeFileSync(
        join(show.dir, "index.m3u8"),
        "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:EVENT\n#EXTINF:2.000000,\nseg_00000.ts\n"
      )
      writeFileSync(join(show.dir, "seg_00000.ts"), Buffer.alloc(188 * 10, 0x47))

      await service.ingest.stop()
      service.ingest = await require("@broadcart/plugin-live-streaming/modules/live-streaming").startIngest(container, service.options, service)
      expect(show.recorded().trimEnd().endsWith("#EXT-X-ENDLIST")).toBe(true)
      const served = await eventually(
        async () => {
          const res = await api.get(`/hls/${show.stream.id}/index.m3u8`, { responseType: "text" })
          return res.headers["cache-control"] !== "no-cache" && res
        },
        "the replay to be served as one",
        3_000
      )
      expect(served.data).toContain("#EXT-X-ENDLIST")
    })
  },
})
