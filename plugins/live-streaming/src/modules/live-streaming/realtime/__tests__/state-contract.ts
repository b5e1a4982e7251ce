import type { LiveState } from "../state"

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * The behaviour every LiveState must have. Each backend's spec calls this with a fresh state (its
 * own key space), so the Redis and in-memory states are held to the very same tests.
 */
export function liveStateContract(name: string, state: () => LiveState) {
  describe(`live state contract: ${name}`, () => {
    it("remembers the members added to a set, and only those, per set", async () => {
      const s = state()
      await s.add("banned:lstr_a", "cus_1")
      await s.add("banned:lstr_a", "cus_1")
      expect(await s.has("banned:lstr_a", "cus_1")).toBe(true)
      expect(await s.has("banned:lstr_a", "cus_2")).toBe(false)
      expect(await s.has("banned:lstr_b", "cus_1")).toBe(false)
    })

    it("reads back a value put, the latest one, and null for a key never put", async () => {
      const s = state()
      await s.put("slow:lstr_a", "30")
      await s.put("slow:lstr_a", "0")
      expect(await s.get("slow:lstr_a")).toBe("0")
      expect(await s.get("slow:lstr_b")).toBeNull()
    })

    it("forgets a value once its time to live has passed", async () => {
      const s = state()
      await s.put("muted:lstr_a:cus_1", "1", 1)
      expect(await s.get("muted:lstr_a:cus_1")).toBe("1")
      await pause(1100)
      expect(await s.get("muted:lstr_a:cus_1")).toBeNull()
    })

    it("lets one claim of a key through until it expires, then the next", async () => {
      const s = state()
      expect(await s.claim("rate:lstr_a:cus_1", 300)).toBe(true)
      expect(await s.claim("rate:lstr_a:cus_1", 300)).toBe(false)
      expect(await s.claim("rate:lstr_a:cus_2", 300)).toBe(true)
      await pause(350)
      expect(await s.claim("rate:lstr_a:cus_1", 300)).toBe(true)
    })

    it("grants a key claimed by many at once to exactly one", async () => {
      const s = state()
      const claims = await Promise.all(Array.from({ length: 20 }, () => s.claim("seen:lstr_a:guest", 5000)))
      expect(claims.filter(Boolean)).toHaveLength(1)
    })
  })
}
