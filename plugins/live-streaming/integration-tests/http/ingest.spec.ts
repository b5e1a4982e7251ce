import { execFile } from "node:child_process"
import { request, type IncomingHttpHeaders } from "node:http"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, eventually, freePort, fromIp, recordEvents, seedStore } from "@broadcart/test-utils"
import { createStockedProduct, signUpActiveVendor } from "@broadcart/test-utils/marketplace"
import { playFlv, probe, publish, useLiveIngest, useLiveRedis } from "@broadcart/test-utils/live"

jest.setTimeout(240_000)

// A stream ends a second after its encoder leaves (no reconnects here).
const ingest = useLiveIngest({ reconnectGraceSeconds: 1 })
// The ingest listens for "end" requests from API servers without ingest, over Redis.
const redis = useLiveRedis("ingest")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    it("goes live on a publish with the right key, serves HLS, refuses a wrong key, and ends into a playable replay", async () => {
      const container = getContainer()
      const shop = await seedStore(container)
      const events = recordEvents(container, ["live_stream.scheduled", "live_stream.started", "live_stream.ended"])
      const host = await signUpActiveVendor(api, container, "Live Lamps")
      const other = await signUpActiveVendor(api, container, "Other Shop")
      const lamp = await createStockedProduct(api, host, "Show Lamp", 45)
      const store = { headers: { "x-publishable-api-key": shop.key }, validateStatus: () => true }

      const created = await api.post("/vendor/live-streams", { title: "Lamp night", product_ids: [lamp.product.id] }, host.as())
      expect(created.status).toBe(201)
      const stream = created.data.live_stream
      const key = stream.stream_key as string
      expect(key).toMatch(/^live_/)
      expect(stream).toMatchObject({
        status: "scheduled",
        stream_key_hint: key.slice(-4),
        ingest: { server: `rtmp://localhost:${ingest.port}/live`, stream_name: `${stream.id}?key=${key}` },
      })
      expect(stream.playback_url).not.toContain(key)
      const read = await api.get(`/vendor/live-streams/${stream.id}`, host.as())
      expect(JSON.stringify(read.data)).not.toContain(key)
      expect((await api.get(`/vendor/live-streams/${stream.id}`, { ...other.as(), validateStatus: () => true })).status).toBe(404)
      const foreignProduct = await api.post(
        "/vendor/live-streams",
        { title: "x", product_ids: [lamp.product.id] },
        { ...other.as(), validateStatus: () => true }
      )
      expect(foreignProduct.status).toBe(404)
      const rtmp = (k: string) => `rtmp://127.0.0.1:${ingest.port}/live/${stream.id}?key=${k}`

      // A wrong key is cut off at once and nothing goes live.
      const intruder = publish(rtmp("live_wrong"))
      const intruderExit = await Promise.race([intruder.exited, new Promise((r) => setTimeout(() => r("still running"), 10_000))])
      expect(intruderExit).not.toBe("still running")
      expect(intruderExit).not.toBe(0)
      expect((await api.get(`/store/live-streams/${stream.id}`, store)).data.live_stream.status).toBe("scheduled")

      // The right key: live, HLS served with CORS, and ffprobe reads it.
      const encoder = publish(rtmp(key))
      await eventually(async () => (await api.get(`/store/live-streams/${stream.id}`, store)).data.live_stream.status === "live", "the stream to go live")
      const live = (await api.get(`/store/live-streams/${stream.id}`, store)).data.live_stream
      expect(live.products).toEqual([expect.objectContaining({ id: lamp.product.id, title: "Show Lamp", pinned: false })])
      expect(live.vendor).toMatchObject({ id: host.vendor.id, name: "Live Lamps" })
      const playlistUrl = new URL(live.playback_url).pathname
      const playlist = await eventually(
        async () => {
          const res = await api.get(playlistUrl, { validateStatus: () => true, responseType: "text" })
          return res.status === 200 && (res.data.match(/seg_\d+\.ts/g) ?? []).length >= 2 && res
        },
        "a playlist with segments",
        30_000
      )
      expect(playlist.headers["content-type"]).toContain("application/vnd.apple.mpegurl")
      expect(playlist.headers["cache-control"]).toBe("no-cache")
      expect(playlist.headers["access-control-allow-origin"]).toBe("*")
      const segment = await api.get(`${playlistUrl.replace("index.m3u8", "")}seg_00000.ts`, { responseType: "arraybuffer" })
      expect(segment.headers["content-type"]).toBe("video/mp2t")
      const base = api.defaults?.baseURL ?? `http://localhost:${process.env.PORT}`
      expect(await probe(`${base}${playlistUrl}`)).toEqual(["aac", "h264"])
      expect((await api.get("/store/live-streams", store)).data.live_streams.map((s: any) => s.id)).toEqual([stream.id])
      expect((await api.get(`/hls/${stream.id}/..%2F..%2Fetc%2Fpasswd`, { validateStatus: () => true })).status).toBe(404)

      // The encoder goes away: ended within 5 s, with a complete, playable replay.
      const stoppedAt = Date.now()
      encoder.kill("SIGKILL")
      await eventually(async () => (await api.get(`/store/live-streams/${stream.id}`, store)).data.live_stream.status === "ended", "the stream to end", 5_000)
      expect(Date.now() - stoppedAt).toBeLessThan(5_000)
      const replay = await api.get(playlistUrl, { responseType: "text" })
      expect(replay.data).toContain("#EXT-X-ENDLIST")
      expect(await probe(`${base}${playlistUrl}`)).toEqual(["aac", "h264"])
      const replays = await api.get("/store/live-streams?status=ended", store)
      expect(replays.data.live_streams).toEqual([expect.objectContaining({ id: stream.id, has_replay: true, playback_url: live.playback_url })])

      // Past the retention period the replay's segments are removed.
      const service = container.resolve("liveStreaming") as any
      await service.updateLiveStreams({ id: stream.id, ended_at: new Date(Date.now() - 31 * 86_400_000) })
      await require("@broadcart/plugin-live-streaming/jobs/expire-replays").default(container)
      // Servers notice within a playlist check (half a segment).
      await eventually(async () => (await api.get(playlistUrl, { validateStatus: () => true })).status === 404, "the replay to be gone", 2_000)
      expect((await api.get(`${playlistUrl.replace("index.m3u8", "")}seg_00000.ts`, { validateStatus: () => true })).status).toBe(404)
      expect((await api.get("/store/live-streams?status=ended", store)).data.live_streams).toEqual([])

      // An ended stream cannot go live again, even with its key.
      const late = publish(rtmp(key))
      expect(await Promise.race([late.exited, new Promise((r) => setTimeout(() => r("still running"), 10_000))])).not.toBe("still running")
      expect((await api.get(`/store/live-streams/${stream.id}`, store)).data.live_stream.status).toBe("ended")

      // An API server without ingest ends a stream by asking over Redis; the encoder is cut off.
      const second = (await api.post("/vendor/live-streams", { title: "Second show" }, host.as())).data.live_stream
      const encoder2 = publish(`rtmp://127.0.0.1:${ingest.port}/live/${second.id}?key=${second.stream_key}`)
      await eventually(
        async () => (await api.get(`/store/live-streams/${second.id}`, store)).data.live_stream.status === "live",
        "the second stream to go live"
      )
      const { publishEnd } = require("@broadcart/plugin-live-streaming/modules/live-streaming")
      expect(await publishEnd(redis.url, redis.prefix, second.id)).toBe(1)
      await eventually(
        async () => (await api.get(`/store/live-streams/${second.id}`, store)).data.live_stream.status === "ended",
        "the second stream to end",
        5_000
      )
      expect(await Promise.race([encoder2.exited, new Promise((r) => setTimeout(() => r("still running"), 10_000))])).not.toBe("still running")

      await eventually(async () => events.length >= 6, "the stream events")
      expect(events.map((e: any) => [e.name, e.data.id])).toEqual([
        ["live_stream.scheduled", stream.id],
        ["live_stream.started", stream.id],
        ["live_stream.ended", stream.id],
        ["live_stream.scheduled", second.id],
        ["live_stream.started", second.id],
        ["live_stream.ended", second.id],
      ])
    })

    it("plays live streams over low-latency HTTP-FLV, refuses other plays and publishes, and drops a player that stops reading", async () => {
      const container = getContainer()
      const shop = await seedStore(container)
      const host = await signUpActiveVendor(api, container, "Fast Lamps")
      const store = { headers: { "x-publishable-api-key": shop.key }, validateStatus: () => true }
      const stream = (await api.post("/vendor/live-streams", { title: "Low latency" }, host.as())).data.live_stream
      const other = (await api.post("/vendor/live-streams", { title: "Not yet" }, host.as())).data.live_stream
      const flv = (id: string) => `http://127.0.0.1:${ingest.flvPort}/live/${id}.flv`
      const exitsSoon = (p: { exited: Promise<number | null> }) => Promise.race([p.exited, new Promise((r) => setTimeout(() => r("still running"), 10_000))])

      // Nothing plays before the stream is live.
      const early = await fetch(flv(stream.id))
      expect(early.status).toBe(404)
      expect(await early.json()).toEqual({ type: "not_found", message: `Stream ${stream.id} is not live` })

      const encoder = publish(`rtmp://127.0.0.1:${ingest.port}/live/${stream.id}?key=${stream.stream_key}`, { bitrate: "3M" })
      await eventually(async () => (await api.get(`/store/live-streams/${stream.id}`, store)).data.live_stream.status === "live", "the stream to go live")
      const live = (await api.get(`/store/live-streams/${stream.id}`, store)).data.live_stream
      expect(live.flv_url).toBe(`http://localhost:${ingest.flvPort}/live/${stream.id}.flv`)
      expect(await probe(flv(stream.id))).toEqual(["aac", "h264"])

      // RTMP is for publishing only, and an HTTP-FLV publish with a wrong key is cut off like an RTMP one.
      await expect(probe(`rtmp://127.0.0.1:${ingest.port}/live/${stream.id}`)).rejects.toThrow()
      expect((await fetch(flv(other.id))).status).toBe(404)
      const intruder = publish(`${flv(other.id)}?key=live_wrong`)
      const intruderExit = await exitsSoon(intruder)
      expect(intruderExit).not.toBe("still running")
      expect(intruderExit).not.toBe(0)
      expect((await api.get(`/store/live-streams/${other.id}`, store)).data.live_stream).toMatchObject({ status: "scheduled", flv_url: null })

      // A frozen player is dropped once its backlog outlives the stall time; a reading one plays on.
      const frozen = playFlv(flv(stream.id), { stall: true })
      const watching = playFlv(flv(stream.id))
      const players = container.resolve("liveStreaming").ingest.players
      await eventually(async () => players.dropped === 1, "the frozen player to be dropped", 60_000)
      expect(frozen.head).toMatch(/^HTTP\/1.1 200/)
      // Woken up, it gets what had been sent and then the end of its connection, while the stream is live.
      frozen.resume()
      await Promise.race([frozen.closed, new Promise((r) => setTimeout(r, 10_000))])
      expect(frozen.socket.destroyed).toBe(true)
      expect((await api.get(`/store/live-streams/${stream.id}`, store)).data.live_stream.status).toBe("live")
      const before = watching.bytes
      await new Promise((r) => setTimeout(r, 2000))
      expect(watching.bytes - before).toBeGreaterThan(100_000)
      expect(watching.socket.destroyed).toBe(false)
      expect(players.dropped).toBe(1)

      // When the stream ends its players are closed, and it no longer plays.
      encoder.kill("SIGKILL")
      await Promise.race([watching.closed, new Promise((r) => setTimeout(r, 10_000))])
      expect(watching.socket.destroyed).toBe(true)
      await eventually(async () => (await api.get(`/store/live-streams/${stream.id}`, store)).data.live_stream.status === "ended", "the stream to end", 5_000)
      expect((await fetch(flv(stream.id))).status).toBe(404)
      expect((await api.get(`/store/live-streams/${stream.id}`, store)).data.live_stream.flv_url).toBeNull()
    })

    /** A stream of a new vendor, live from real ffmpeg, with at least one HLS segment recorded. */
    const goLive = async (name: string) => {
      const container = getContainer()
      const host = await signUpActiveVendor(api, container, name)
      const stream = (await api.post("/vendor/live-streams", { title: `${name} show` }, host.as())).data.live_stream
      const encoder = publish(`rtmp://127.0.0.1:${ingest.port}/live/${stream.id}?key=${stream.stream_key}`)
      const service = container.resolve("liveStreaming") as any
      const status = async () => (await service.listLiveStreams({ id: stream.id }))[0]
      await eventually(async () => (await status()).status === "live", "the stream to go live")
      const playlistUrl = `/hls/${stream.id}/index.m3u8`
      await eventually(async () => /seg_\d+\.ts/.test((await api.get(playlistUrl, { responseType: "text" })).data), "a first segment", 30_000)
      return { host, stream, encoder, status, playlistUrl }
    }
    const exitsSoon = (p: { exited: Promise<number | null> }) => Promise.race([p.exited, new Promise((r) => setTimeout(() => r("still running"), 10_000))])

    it("cuts off the publisher and ends the stream, with its replay, when the key is rotated while live", async () => {
      const { host, stream, encoder, status, playlistUrl } = await goLive("Rotating Lamps")

      const rotated = await api.post(`/vendor/live-streams/${stream.id}/rotate-key`, {}, host.as())
      expect(rotated.status).toBe(200)
      expect(rotated.data.live_stream).toMatchObject({ status: "ended", has_replay: true })
      expect(rotated.data.live_stream.stream_key).not.toBe(stream.stream_key)
      expect(await exitsSoon(encoder)).not.toBe("still running")
      expect(await status()).toMatchObject({ status: "ended", has_replay: true })
      // Servers notice the finished playlist within a playlist check (half a segment).
      await eventually(async () => (await api.get(playlistUrl, { responseType: "text" })).data.includes("#EXT-X-ENDLIST"), "a complete replay", 2_000)
    })

    it("cuts off a suspended vendor's publisher, ends its stream and stops serving its HLS", async () => {
      const { host, encoder, status, playlistUrl } = await goLive("Suspended Lamps")
      const admin = await adminHeaders(getContainer(), api)

      const suspended = await api.post(`/admin/vendors/${host.vendor.id}/suspend`, { reason: "counterfeits" }, fromIp("10.73.0.1", admin.headers))
      expect(suspended.status).toBe(200)
      expect(await exitsSoon(encoder)).not.toBe("still running")
      await eventually(async () => (await status()).status === "ended", "the stream to end", 5_000)
      expect(await status()).toMatchObject({ has_replay: true })
      await eventually(async () => (await api.get(playlistUrl, { validateStatus: () => true })).status === 404, "the playlist to be refused", 3_000)
      expect((await api.get(playlistUrl.replace("index.m3u8", "seg_00000.ts"), { validateStatus: () => true })).status).toBe(404)
    })

    it("starts neither RTMP ingest nor socket.io for medusa db:migrate or a script run with medusa exec (the seed)", async () => {
      const root = join(__dirname, "../../../..")
      const [rtmp, flv, realtime] = [await freePort(), await freePort(), await freePort()]
      const env = {
        ...process.env,
        DATABASE_URL: dbConfig.clientUrl,
        LOG_LEVEL: "info",
        LIVE_INGEST: "embedded",
        LIVE_RTMP_PORT: String(rtmp),
        LIVE_FLV_PORT: String(flv),
        REALTIME_PORT: String(realtime),
      }
      delete env.REALTIME_REDIS_URL
      const medusa = (...args: string[]) =>
        new Promise<string>((resolve, reject) =>
          execFile(process.execPath, [join(root, "node_modules/@medusajs/cli/cli.js"), ...args], { cwd: root, env, timeout: 120_000 }, (err, stdout, stderr) =>
            err ? reject(new Error(`medusa ${args.join(" ")}: ${err.message}\n${stdout}${stderr}`)) : resolve(`${stdout}${stderr}`)
          )
        )

      const script = await medusa("exec", "./plugins/live-streaming/integration-tests/helpers/live-services.ts")
      expect(JSON.parse(script.match(/LIVE-SERVICES (.*)/)![1])).toEqual({ ingest: false, realtime: false, listening: [false, false, false] })
      const migrate = await medusa("db:migrate")
      expect(migrate).toMatch(/Migrations completed|Migrating|migrat/i)
      expect(migrate).not.toContain("Live ingest")
    })

    it("serves byte ranges of HLS segments (206 with Content-Range) and sends every segment's length", async () => {
      const container = getContainer()
      const host = await signUpActiveVendor(api, container, "Range Lamps")
      const stream = (await api.post("/vendor/live-streams", { title: "Ranged replay" }, host.as())).data.live_stream
      await container.resolve("liveStreaming").updateLiveStreams({ id: stream.id, status: "ended", ended_at: new Date(), has_replay: true })
      const segment = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251))
      mkdirSync(join(ingest.mediaDir, stream.id), { recursive: true })
      writeFileSync(join(ingest.mediaDir, stream.id, "seg_00000.ts"), segment)
      writeFileSync(join(ingest.mediaDir, stream.id, "index.m3u8"), "#EXTM3U\n#EXTINF:2.0,\nseg_00000.ts\n#EXT-X-ENDLIST\n")
      const url = `/hls/${stream.id}/seg_00000.ts`
      const get = (range?: string) => api.get(url, { responseType: "arraybuffer", validateStatus: () => true, headers: range ? { range } : {} })

      const whole = await get()
      expect([whole.status, whole.headers["content-length"], whole.headers["accept-ranges"]]).toEqual([200, "1000", "bytes"])
      const part = await get("bytes=100-199")
      expect([part.status, part.headers["content-range"], part.headers["content-length"]]).toEqual([206, "bytes 100-199/1000", "100"])
      expect(Buffer.from(part.data).equals(segment.subarray(100, 200))).toBe(true)
      const tail = await get("bytes=-10")
      expect([tail.status, tail.headers["content-range"]]).toEqual([206, "bytes 990-999/1000"])
      expect(Buffer.from(tail.data).equals(segment.subarray(990))).toBe(true)
      const beyond = await get("bytes=5000-")
      expect([beyond.status, beyond.headers["content-range"]]).toEqual([416, "bytes */1000"])
    })

    it("answers HTTP-FLV plays as video/x-flv, without X-Powered-By", async () => {
      const { stream, encoder } = await goLive("Typed Lamps")
      const stop = new AbortController()
      const res = await fetch(`http://127.0.0.1:${ingest.flvPort}/live/${stream.id}.flv`, { signal: stop.signal })
      expect(res.status).toBe(200)
      expect(res.headers.get("content-type")).toBe("video/x-flv")
      expect(res.headers.get("x-powered-by")).toBeNull()
      stop.abort()
      encoder.kill("SIGKILL")
    })

    it("answers HTTP-FLV requests for anything but a stream's /live/<id>.flv with a JSON 4xx, never an empty 200 or HTML", async () => {
      const logger = getContainer().resolve("logger") as any
      const errors = jest.spyOn(logger, "error")
      const ask = (path: string, { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {}) =>
        new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
          const req = request({ host: "127.0.0.1", port: ingest.flvPort, path, method, headers }, (res) => {
            let body = ""
            res
              .setEncoding("utf8")
              .on("data", (c) => (body += c))
              .on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }))
          })
          req.on("error", reject).end()
        })
      const id = "lstr_01JABCDEFGHJKMNPQRSTVWXYZ0"
      const notFound = { type: "not_found", message: "Live stream not found" }
      const cases: [string, { method?: string; headers?: Record<string, string> }, number, object][] = [
        ["/live/lstr_%00.flv", {}, 404, notFound],
        ["/live/%00.flv", {}, 404, notFound],
        [`/live/${id}%00.flv`, {}, 404, notFound],
        ["/live/%E0%A4%A.flv", {}, 400, { type: "invalid_data", message: expect.stringMatching(/percent-encoded/) }],
        ["/admin/index.html", {}, 404, notFound],
        ["/api/v1/streams", {}, 404, notFound],
        [`/live/${id}.flv`, { method: "DELETE" }, 405, { type: "not_allowed", message: expect.any(String) }],
        // A WebSocket-FLV handshake is screened the same way.
        [
          "/live/%00.flv",
          { headers: { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==" } },
          404,
          notFound,
        ],
      ]
      try {
        for (const [path, opts, status, body] of cases) {
          const res = await ask(path, opts)
          expect({ path, status: res.status, type: res.headers["content-type"], poweredBy: res.headers["x-powered-by"] }).toEqual({
            path,
            status,
            type: expect.stringMatching(/^application\/json/),
            poweredBy: undefined,
          })
          expect(JSON.parse(res.body)).toEqual(body)
        }
        // A well-formed id that is not live still gets the ingest's own 404.
        expect((await ask(`/live/${id}.flv`)).status).toBe(404)
        expect(errors.mock.calls.map((c) => String(c[0]))).not.toContainEqual(expect.stringMatching(/invalid stream path/))
      } finally {
        errors.mockRestore()
      }
    })

    it("writes node-media-server's log lines through the app's logger, not the console", async () => {
      const logger = getContainer().resolve("logger") as any
      const debug = jest.spyOn(logger, "debug")
      const printed = jest.spyOn(console, "log")
      try {
        const { encoder } = await goLive("Logged Lamps")
        encoder.kill("SIGKILL")
        expect(debug.mock.calls.map((c) => String(c[0]))).toContainEqual(expect.stringMatching(/^node-media-server: RTMP session \S+ .* start push \/live\//))
        expect(printed.mock.calls.map((c) => String(c[0])).filter((l) => /\[(TRACE|DEBUG|INFO|WARN|ERROR)\]/.test(l))).toEqual([])
      } finally {
        debug.mockRestore()
        printed.mockRestore()
      }
    })

    it("stops offering a replay whose playlist is not in the media folder", async () => {
      const container = getContainer()
      const shop = await seedStore(container)
      const host = await signUpActiveVendor(api, container, "Gone Lamps")
      const store = { headers: { "x-publishable-api-key": shop.key }, validateStatus: () => true }
      const service = container.resolve("liveStreaming") as any
      const kept = (await api.post("/vendor/live-streams", { title: "Kept show" }, host.as())).data.live_stream
      const lost = (await api.post("/vendor/live-streams", { title: "Lost show" }, host.as())).data.live_stream
      await service.updateLiveStreams([kept, lost].map((s) => ({ id: s.id, status: "ended", ended_at: new Date(), has_replay: true })))
      mkdirSync(join(ingest.mediaDir, kept.id), { recursive: true })
      writeFileSync(join(ingest.mediaDir, kept.id, "index.m3u8"), "#EXTM3U\n#EXT-X-ENDLIST\n")

      const { forgetMissingReplays } = require("@broadcart/plugin-live-streaming/modules/live-streaming")
      expect(await forgetMissingReplays(service)).toEqual([lost.id])
      const replays = await api.get("/store/live-streams?status=ended", store)
      expect(replays.data.live_streams.map((s: any) => s.id)).toEqual([kept.id])
      expect((await api.get(`/store/live-streams/${lost.id}`, store)).data.live_stream).toMatchObject({ has_replay: false, playback_url: null })
    })
  },
})
