import type Redis from "ioredis"

/** Shared chat state (bans, mutes, slow mode, deletions, peaks): Redis across nodes, or memory on one. */
export interface LiveState {
  add(set: string, member: string): Promise<void>
  has(set: string, member: string): Promise<boolean>
  put(key: string, value: string, ttlSeconds?: number): Promise<void>
  get(key: string): Promise<string | null>
  /** Sets `key` only if absent; true when this call set it (a short lock or a rate-limit slot). */
  claim(key: string, ttlMs: number): Promise<boolean>
}

/** A stream's chat state is kept this long after its last change, so no key outlives its stream for long. */
const RETAIN_SECONDS = 7 * 86_400

export function redisState(redis: Redis, prefix: string): LiveState {
  const k = (key: string) => `${prefix}live:${key}`
  return {
    add: async (set, m) => void (await redis.multi().sadd(k(set), m).expire(k(set), RETAIN_SECONDS).exec()),
    has: async (set, m) => (await redis.sismember(k(set), m)) === 1,
    put: async (key, v, ttl) => void (await redis.set(k(key), v, "EX", ttl ?? RETAIN_SECONDS)),
    get: (key) => redis.get(k(key)),
    claim: async (key, ttlMs) => (await redis.set(k(key), "1", "PX", ttlMs, "NX")) === "OK",
  }
}

export function memoryState(): LiveState {
  const sets = new Map<string, Set<string>>()
  const values = new Map<string, { v: string; until: number }>()
  const live = (key: string) => {
    const e = values.get(key)
    return e && e.until > Date.now() ? e : (values.delete(key), undefined)
  }
  const setOf = (s: string) => sets.get(s) ?? sets.set(s, new Set()).get(s)!
  return {
    add: async (s, m) => void setOf(s).add(m),
    has: async (s, m) => setOf(s).has(m),
    put: async (key, v, ttl) => void values.set(key, { v, until: ttl ? Date.now() + ttl * 1000 : Infinity }),
    get: async (key) => live(key)?.v ?? null,
    claim: async (key, ttlMs) => (live(key) ? false : (values.set(key, { v: "1", until: Date.now() + ttlMs }), true)),
  }
}
