import Redis from "ioredis"
import { redisState } from "../state"
import { liveStateContract } from "./state-contract"

// The real Redis of this test run (TEST_REDIS_URL, set by `npm test` from REDIS_URL).
const redis = new Redis(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379", { lazyConnect: true })
const prefix = `broadcart-state-contract-${process.pid}:`
let run = 0

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`)
  if (keys.length) {
    await redis.del(...keys)
  }
  await redis.quit()
})

// Each test gets a key space of its own under the suite's prefix.
liveStateContract("redis", () => redisState(redis, `${prefix}${++run}:`))

it("keeps every key it writes under its prefix, each with an expiry", async () => {
  const state = redisState(redis, `${prefix}ttl:`)
  await state.add("deleted:lstr_a", "m1")
  await state.put("peak:lstr_a", "3")
  await state.claim("sample:lstr_a", 5000)
  const keys = await redis.keys(`${prefix}ttl:*`)
  expect(keys.sort()).toEqual([`${prefix}ttl:live:deleted:lstr_a`, `${prefix}ttl:live:peak:lstr_a`, `${prefix}ttl:live:sample:lstr_a`])
  for (const key of keys) {
    expect(await redis.pttl(key)).toBeGreaterThan(0)
  }
})
