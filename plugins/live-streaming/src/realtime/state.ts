import type Redis from "ioredis"

/** Shared live state (viewers, bans, mutes, slow mode): Redis across nodes, or memory on one. */
export interface LiveState {
  add(set: string, member: string): Promise<void>
  remove(set: string, member: string): Promise<void>
  has(set: string, member: string): Promise<boolean>
  size(set: string): Promise<number>
  incr(key: string, by?: number): Promise<number>
  put(key: string, value: string, ttlSeconds?: number): Promise<void>
  get(key: string): Promise<string | null>
  /** Sets `key` only if absent; true when this call set it (a short lock or a rate-limit slot). */
  claim(key: string, ttlMs: number): Promise<boolean>
}

export function redisState(redis: Redis, prefix: string): LiveState {
  const k = (key: string) => `${prefix}live:${key}`
  return {
    add: async (set, m) => void (await redis.sadd(k(set), m)),
    remove: async (set, m) => void (await redis.srem(k(set), m)),
    has: async (set, m) => (await redis.sismember(k(set), m)) === 1,
    size: (set) => redis.scard(k(set)),
    incr: (key, by = 1) => redis.incrby(k(key), by),
    put: async (key, v, ttl) => void (ttl ? await redis.set(k(key), v, "EX", ttl) : await redis.set(k(key), v)),
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
    remove: async (s, m) => void setOf(s).delete(m),
    has: async (s, m) => setOf(s).has(m),
    size: async (s) => setOf(s).size,
    incr: async (key, by = 1) => {
      const next = Number(live(key)?.v ?? 0) + by
      values.set(key, { v: String(next), until: Infinity })
      return next
    },
    put: async (key, v, ttl) => void values.set(key, { v, until: ttl ? Date.now() + ttl * 1000 : Infinity }),
    get: async (key) => live(key)?.v ?? null,
    claim: async (key, ttlMs) => (live(key) ? false : (values.set(key, { v: "1", until: Date.now() + ttlMs }), true)),
  }
}
