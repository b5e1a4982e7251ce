import Redis from "ioredis"

/**
 * The test Redis at database `index`. Each suite that starts apps on Redis takes an index of its
 * own, since an app claims its Redis database at startup (src/modules/redis-deployment).
 * `scripts/test.mjs` passes REDIS_URL on as TEST_REDIS_URL, so no other test app uses it.
 */
export function testRedisUrl(index: number) {
  const url = new URL(process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379")
  url.pathname = `/${index}`
  return url.toString()
}

/** Empties a suite's Redis database, its claim from an earlier run included. */
export async function flushRedis(redisUrl: string) {
  const redis = new Redis(redisUrl)
  await redis.flushdb()
  await redis.quit()
}
