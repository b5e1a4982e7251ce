import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { MediaCache } from "../media-cache"

describe("MediaCache", () => {
  const dir = mkdtempSync(join(tmpdir(), "media-cache-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("serves segments from memory within its budget, and forgets a stream whose playlist is gone", async () => {
    const cache = new MediaCache({ maxBytes: 4000, playlistCheckMs: 0, liveWindow: 3 })
    for (const n of [0, 1, 2]) {
      writeFileSync(join(dir, `seg_0000${n}.ts`), Buffer.alloc(1000, n))
    }
    writeFileSync(join(dir, "index.m3u8"), "#EXTM3U\n#EXTINF:2,\nseg_00000.ts\n#EXT-X-ENDLIST\n")
    expect((await cache.segment(join(dir, "seg_00000.ts")))![0]).toBe(0)
    rmSync(join(dir, "seg_00000.ts"))
    expect((await cache.segment(join(dir, "seg_00000.ts")))![0]).toBe(0)
    expect(await cache.segment(join(dir, "seg_00009.ts"))).toBeNull()
    // Over budget, the least recently used segment goes first.
    writeFileSync(join(dir, "seg_00003.ts"), Buffer.alloc(1000, 3))
    writeFileSync(join(dir, "seg_00004.ts"), Buffer.alloc(1000, 4))
    for (const n of [1, 2, 3, 4]) {
      await cache.segment(join(dir, `seg_0000${n}.ts`))
    }
    expect(await cache.segment(join(dir, "seg_00000.ts"))).toBeNull()
    expect(await cache.playlist(join(dir, "index.m3u8"))).toMatchObject({ live: false })
    rmSync(join(dir, "index.m3u8"))
    expect(await cache.playlist(join(dir, "index.m3u8"))).toBeNull()
    rmSync(join(dir, "seg_00004.ts"))
    expect(await cache.segment(join(dir, "seg_00004.ts"))).toBeNull()
  })

  it("rereads a playlist when it changes, serves a live one as its window, and shares concurrent reads", async () => {
    const cache = new MediaCache({ maxBytes: 1 << 20, playlistCheckMs: 0, liveWindow: 3 })
    const path = join(dir, "live.m3u8")
    const entries = (n: number) => Array.from({ length: n }, (_, i) => `#EXTINF:2,\nseg_${String(i).padStart(5, "0")}.ts`).join("\n")
    writeFileSync(path, `#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n${entries(5)}\n`)
    const [a, b] = await Promise.all([cache.playlist(path), cache.playlist(path)])
    expect(a!.body).toBe(b!.body)
    expect(a!.live).toBe(true)
    expect(a!.body.toString()).toContain("#EXT-X-MEDIA-SEQUENCE:2\n")
    writeFileSync(path, `#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n${entries(6)}\n#EXT-X-ENDLIST\n`)
    utimesSync(path, new Date(), new Date(Date.now() + 5000))
    const ended = await cache.playlist(path)
    expect(ended!.live).toBe(false)
    expect(ended!.body.toString()).toContain("seg_00000.ts")
  })

  it("forgets only the stream whose playlist is gone, not one whose id shares its prefix", async () => {
    const cache = new MediaCache({ maxBytes: 1 << 20, playlistCheckMs: 0, liveWindow: 3 })
    const [gone, kept] = [join(dir, "lstr_a"), join(dir, "lstr_ab")]
    for (const d of [gone, kept]) {
      mkdirSync(d)
      writeFileSync(join(d, "seg_00000.ts"), Buffer.alloc(10, 7))
      await cache.segment(join(d, "seg_00000.ts"))
      rmSync(join(d, "seg_00000.ts"))
    }
    expect(await cache.playlist(join(gone, "index.m3u8"))).toBeNull()
    expect(await cache.segment(join(gone, "seg_00000.ts"))).toBeNull()
    expect((await cache.segment(join(kept, "seg_00000.ts")))![0]).toBe(7)
  })
})
