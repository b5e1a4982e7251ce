import type { TimeSeriesBackend } from "../types"

const at = (iso: string) => new Date(iso)

/**
 * The behaviour every time-series backend must have. Each backend's spec calls this with a fresh,
 * initialised backend, so PostgreSQL and Cassandra are held to the very same tests.
 */
export function timeSeriesContract(name: string, backend: () => TimeSeriesBackend) {
  describe(`time-series contract: ${name}`, () => {
    it("appends points and reads a range back in time order, with their labels", async () => {
      const b = backend()
      await b.append([
        { entity: "vendor:a", metric: "gmv", ts: at("2026-03-01T10:00:30Z"), value: 10.5, dims: { product_id: "p1" } },
        { entity: "vendor:a", metric: "gmv", ts: at("2026-03-01T09:59:00Z"), value: 3 },
        { entity: "vendor:a", metric: "gmv", ts: at("2026-03-01T12:00:00Z"), value: 99 },
        { entity: "vendor:b", metric: "gmv", ts: at("2026-03-01T10:00:00Z"), value: 7 },
        { entity: "vendor:a", metric: "orders", ts: at("2026-03-01T10:00:00Z"), value: 1 },
      ])
      const points = await b.points({ entity: "vendor:a", metric: "gmv", from: at("2026-03-01T09:00:00Z"), to: at("2026-03-01T12:00:00Z") })
      expect(points.map((p) => [p.ts.toISOString(), p.value, p.dims ?? null])).toEqual([
        ["2026-03-01T09:59:00.000Z", 3, null],
        ["2026-03-01T10:00:30.000Z", 10.5, { product_id: "p1" }],
      ])
    })

    it("sums a series into minute buckets from raw points", async () => {
      const b = backend()
      const ts = ["2026-03-02T08:00:01Z", "2026-03-02T08:00:59Z", "2026-03-02T08:02:00Z"]
      await b.append(ts.map((t, i) => ({ entity: "stream:s1", metric: "viewers", ts: at(t), value: [5, 9, 4][i] })))
      const series = await b.series({
        entity: "stream:s1",
        metric: "viewers",
        bucket: "minute",
        from: at("2026-03-02T08:00:00Z"),
        to: at("2026-03-02T09:00:00Z"),
      })
      expect(series.map((s) => [s.ts.toISOString(), s.sum, s.count, s.max])).toEqual([
        ["2026-03-02T08:00:00.000Z", 14, 2, 9],
        ["2026-03-02T08:02:00.000Z", 4, 1, 4],
      ])
    })

    it("rolls raw points up into hours and days, across midnight, the same on every run", async () => {
      const b = backend()
      const points = [
        ["2026-03-03T22:10:00Z", 1],
        ["2026-03-03T23:30:00Z", 2],
        ["2026-03-03T23:45:00Z", 4],
        ["2026-03-04T00:30:00Z", 8],
      ] as const
      await b.append(points.map(([t, v]) => ({ entity: "platform", metric: "gmv", ts: at(t), value: v })))
      await b.rollup(at("2026-03-03T22:00:00Z"), at("2026-03-04T01:00:00Z"))
      await b.rollup(at("2026-03-03T22:00:00Z"), at("2026-03-04T01:00:00Z"))
      const range = { entity: "platform", metric: "gmv", from: at("2026-03-03T00:00:00Z"), to: at("2026-03-05T00:00:00Z") }
      const hours = await b.series({ ...range, bucket: "hour" })
      expect(hours.map((h) => [h.ts.toISOString(), h.sum, h.count, h.max])).toEqual([
        ["2026-03-03T22:00:00.000Z", 1, 1, 1],
        ["2026-03-03T23:00:00.000Z", 6, 2, 4],
        ["2026-03-04T00:00:00.000Z", 8, 1, 8],
      ])
      const days = await b.series({ ...range, bucket: "day" })
      expect(days.map((d) => [d.ts.toISOString(), d.sum, d.count])).toEqual([
        ["2026-03-03T00:00:00.000Z", 7, 3],
        ["2026-03-04T00:00:00.000Z", 8, 1],
      ])
    })

    it("keeps counters, adding increments to the same counter", async () => {
      const b = backend()
      await b.increment([
        { entity: "video:v1", name: "likes", by: 1 },
        { entity: "video:v1", name: "likes", by: 2 },
        { entity: "video:v1", name: "views", by: 10 },
      ])
      await b.increment([{ entity: "video:v1", name: "likes", by: -1 }])
      expect(await b.counters("video:v1")).toEqual({ likes: 2, views: 10 })
      expect(await b.counters("video:none")).toEqual({})
    })

    it("stores a batch of points written twice (a retry) once", async () => {
      const b = backend()
      const batch = [0, 1, 2].map((i) => ({ id: `order_${i}:gmv`, entity: "platform", metric: "gmv", ts: at("2026-03-06T10:00:00Z"), value: 10 + i }))
      await b.append(batch)
      await b.append(batch)
      const range = { entity: "platform", metric: "gmv", from: at("2026-03-06T00:00:00Z"), to: at("2026-03-07T00:00:00Z") }
      expect((await b.points(range)).map((p) => p.value).sort()).toEqual([10, 11, 12])
      await b.rollup(range.from, range.to)
      expect((await b.series({ ...range, bucket: "hour" })).map((h) => [h.sum, h.count])).toEqual([[33, 3]])
    })

    it("applies a counter increment once when its batch is written again", async () => {
      const b = backend()
      const batch = [
        { id: "ev1", entity: "stream:s9", name: "chat_messages", by: 1 },
        { id: "ev2", entity: "stream:s9", name: "chat_messages", by: 1 },
        { id: "ev2", entity: "video:v9", name: "likes", by: 1 },
      ]
      await b.increment(batch)
      await b.increment(batch)
      expect(await b.counters("stream:s9")).toEqual({ chat_messages: 2 })
      expect(await b.counters("video:v9")).toEqual({ likes: 1 })
    })

    it("applies each increment of a batch that failed part-way once when the whole batch is retried", async () => {
      const b = backend()
      const batch = ["a", "b", "c", "d"].map((id, i) => ({ id, entity: i % 2 ? "vendor:x" : "vendor:y", name: "orders", by: 1 }))
      // The first attempt got as far as the first two increments before the store failed.
      await b.increment(batch.slice(0, 2))
      await b.increment(batch)
      expect(await b.counters("vendor:x")).toEqual({ orders: 2 })
      expect(await b.counters("vendor:y")).toEqual({ orders: 2 })
    })

    it("keeps a named mark, replaced when set again", async () => {
      const b = backend()
      expect(await b.mark("rollup-test")).toBeNull()
      await b.setMark("rollup-test", at("2026-03-09T10:00:00Z"))
      await b.setMark("rollup-test", at("2026-03-09T11:00:00Z"))
      expect((await b.mark("rollup-test"))?.toISOString()).toBe("2026-03-09T11:00:00.000Z")
    })

    it("returns the newest items of a feed first, reaching back into earlier days", async () => {
      const b = backend()
      const now = Date.now()
      const items = [0, 1, 2, 3].map((i) => ({ feed: "chat:s1", id: `m${i}`, ts: new Date(now - (3 - i) * 12 * 3_600_000), data: { text: `hello ${i}` } }))
      await b.pushFeed(items)
      await b.pushFeed([{ feed: "chat:other", id: "x", ts: new Date(now), data: { text: "elsewhere" } }])
      expect((await b.recent("chat:s1", 3)).map((i) => [i.id, i.data.text])).toEqual([
        ["m3", "hello 3"],
        ["m2", "hello 2"],
        ["m1", "hello 1"],
      ])
      expect(await b.recent("chat:s1", 10)).toHaveLength(4)
    })

    it("takes a large batch in one call and applies its migrations again without harm", async () => {
      const b = backend()
      const start = at("2026-03-05T00:00:00Z").getTime()
      await b.append(Array.from({ length: 5000 }, (_, i) => ({ entity: `product:p${i % 7}`, metric: "views", ts: new Date(start + i * 1000), value: 1 })))
      const got = await b.points({ entity: "product:p3", metric: "views", from: new Date(start), to: new Date(start + 86_400_000) })
      expect(got).toHaveLength(714)
      await b.init()
    })
  })
}
