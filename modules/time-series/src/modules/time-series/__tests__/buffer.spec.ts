import { WriteBuffer } from "../buffer"

const opts = { capacity: 5, batchSize: 2, flushMs: 5, maxBackoffMs: 20 }

describe("WriteBuffer", () => {
  it("writes in batches, in order", async () => {
    const written: number[][] = []
    const buffer = new WriteBuffer<number>(async (b) => void written.push(b), opts)
    buffer.push([1, 2, 3])
    await buffer.flush()
    expect(written).toEqual([[1, 2], [3]])
    expect(buffer.stats).toMatchObject({ queued: 0, written: 3, dropped: 0 })
  })

  it("keeps writes while the store is down and delivers them, once, when it returns", async () => {
    let up = false
    const written: number[] = []
    const errors: unknown[] = []
    const buffer = new WriteBuffer<number>(
      async (b) => {
        if (!up) {
          throw new Error("store down")
        }
        written.push(...b)
      },
      { ...opts, onError: (e) => errors.push(e) }
    )
    buffer.push([1, 2, 3])
    await buffer.flush()
    expect(written).toEqual([])
    expect(buffer.stats).toMatchObject({ queued: 3, failures: 1, lastError: "store down" })
    up = true
    await new Promise((r) => setTimeout(r, 100))
    expect(written).toEqual([1, 2, 3])
    expect(buffer.stats.queued).toBe(0)
    expect(errors.length).toBeGreaterThanOrEqual(1)
    buffer.stop()
  })

  it("drops the oldest beyond capacity, counting and reporting them, without ever throwing to the producer", async () => {
    const drops: number[] = []
    const buffer = new WriteBuffer<number>(async () => Promise.reject(new Error("down")), { ...opts, onDrop: (n) => drops.push(n) })
    expect(() => buffer.push([1, 2, 3, 4, 5, 6, 7])).not.toThrow()
    await buffer.flush()
    expect(buffer.stats).toMatchObject({ queued: 5, dropped: 2 })
    expect(drops).toEqual([2])
    buffer.stop()
  })
})
