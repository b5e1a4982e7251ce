import Redis from "ioredis"
import { testRedisUrl } from "@broadcart/test-utils"
import { claimRedisDatabase, DEPLOYMENT_KEY, deploymentIdentity } from "../claim"

const REDIS_URL = testRedisUrl(9)
const HOST = new URL(REDIS_URL).host
const shop = deploymentIdentity("shop:", "postgres://app:secret@DB.internal:5432/shop")

describe("claimRedisDatabase", () => {
  const redis = new Redis(REDIS_URL)

  beforeEach(() => redis.flushdb())
  afterAll(async () => {
    await redis.flushdb()
    await redis.quit()
  })

  it("names a deployment by its prefix and database, without credentials", () => {
    expect(shop).toEqual({ prefix: "shop:", database: "db.internal:5432/shop" })
  })

  it("claims a free database for the deployment", async () => {
    await claimRedisDatabase(REDIS_URL, shop)
    expect(JSON.parse((await redis.get(DEPLOYMENT_KEY))!)).toMatchObject(shop)
  })

  it("lets the same deployment in again: restarts, and a worker beside its server", async () => {
    await claimRedisDatabase(REDIS_URL, shop)
    await expect(claimRedisDatabase(REDIS_URL, deploymentIdentity("shop:", "postgres://worker@db.internal/shop"))).resolves.toBeUndefined()
  })

  it("refuses a deployment with another prefix, naming the one that holds the database", async () => {
    await claimRedisDatabase(REDIS_URL, shop)
    await expect(claimRedisDatabase(REDIS_URL, { ...shop, prefix: "outlet:" })).rejects.toThrow(
      `Redis database 9 at ${HOST} is used by another deployment (prefix shop:, database db.internal:5432/shop): ` +
        `give each deployment its own Redis database index, e.g. redis://${HOST}/10`
    )
  })

  it("refuses a deployment with the same prefix on another PostgreSQL database", async () => {
    await claimRedisDatabase(REDIS_URL, shop)
    await expect(claimRedisDatabase(REDIS_URL, deploymentIdentity("shop:", "postgres://db.internal:5432/outlet"))).rejects.toThrow(
      /used by another deployment \(prefix shop:, database db\.internal:5432\/shop\)/
    )
    expect(JSON.parse((await redis.get(DEPLOYMENT_KEY))!)).toMatchObject(shop)
  })
})
