import { livePlaylistWindow } from "../playlist-window"

const playlist = (count: number, extra: Record<number, string> = {}) =>
  [
    "#EXTM3U",
    "#EXT-X-VERSION:3",
    "#EXT-X-TARGETDURATION:2",
    "#EXT-X-MEDIA-SEQUENCE:0",
    "#EXT-X-PLAYLIST-TYPE:EVENT",
    "#EXT-X-INDEPENDENT-SEGMENTS",
    ...Array.from({ length: count }, (_, i) => [...(extra[i] ? [extra[i]] : []), "#EXTINF:2.000000,", `seg_${String(i).padStart(5, "0")}.ts`]).flat(),
  ].join("\n") + "\n"

describe("livePlaylistWindow", () => {
  it("keeps the last segments, advances the media sequence and drops the EVENT type", () => {
    const out = livePlaylistWindow(playlist(900), 6)
    expect(out.split("\n").filter((l) => l.endsWith(".ts"))).toEqual([
      "seg_00894.ts",
      "seg_00895.ts",
      "seg_00896.ts",
      "seg_00897.ts",
      "seg_00898.ts",
      "seg_00899.ts",
    ])
    expect(out).toContain("#EXT-X-MEDIA-SEQUENCE:894\n")
    expect(out).not.toContain("PLAYLIST-TYPE")
    expect(out).toMatch(
      /^#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXT-X-INDEPENDENT-SEGMENTS\n#EXT-X-MEDIA-SEQUENCE:894\n#EXTINF:2.000000,\nseg_00894.ts\n/
    )
    expect(out.length).toBeLessThan(400)
  })

  it("counts dropped discontinuities and keeps a short playlist as it is", () => {
    const out = livePlaylistWindow(playlist(10, { 3: "#EXT-X-DISCONTINUITY", 8: "#EXT-X-DISCONTINUITY" }), 3)
    expect(out).toContain("#EXT-X-MEDIA-SEQUENCE:7\n#EXT-X-DISCONTINUITY-SEQUENCE:1\n#EXTINF:2.000000,\nseg_00007.ts\n#EXT-X-DISCONTINUITY\n#EXTINF")
    const short = playlist(4)
    expect(livePlaylistWindow(short, 6)).toBe(short)
  })
})
