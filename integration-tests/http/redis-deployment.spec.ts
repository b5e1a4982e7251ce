import Redis from "ioredis"
import { Worker } from "bullmq"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { redisModules } from "../../src/config/modules"
import { configEnv, flushRedis, freePort, spawnMedusa, testRedisUrl } from "@broadcart/test-utils"

jest.setTimeout(180_000)

const REDIS_URL = testRedisUrl(10)
const EVENTS = 20

beforeAll(() => flushRedis(REDIS_URL))
configEnv({ REDIS_URL, REDIS_PREFIX: "isolation-a:", MEDUSA_WORKER_MODE: "shared" })

/**
 * The event-bus worker another deployment (prefix `isolation-b:`) runs: our Redis config's worker
 * options over the defaults of Medusa's event bus, as it builds its worker.
 */
function otherDeploymentEventWorker(connection: Redis, seen: string[]) {
  const eventBus = redisModules(REDIS_URL, "isolation-b:").find((m) => m.resolve === "@medusajs/medusa/event-bus-redis")!
  const { workerOptions } = eventBus.options as { workerOptions?: Record<string, unknown> }
  return new Worker("events-queue", async (job) => void seen.push(job.name), {
    prefix: "RedisEventBusService",
    ...workerOptions,
    connection,
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer, dbConfig }) => {
    it("processes only its own events while another deployment's event worker listens on the same Redis", async () => {
      const stolen: string[] = []
      const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null })
      const other = otherDeploymentEventWorker(connection, stolen)
      await other.waitUntilReady()
      try {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const received: number[] = []
        eventBus.subscribe("isolation.checked", async ({ data }: any) => void received.push(data.n), { subscriberId: "isolation-test" })
        await eventBus.emit(Array.from({ length: EVENTS }, (_, n) => ({ name: "isolation.checked", data: { n } })))
        const deadline = Date.now() + 30_000
        while (received.length < EVENTS && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 100))
        }
        expect({ received: received.sort((a, b) => a - b), stolen }).toEqual({ received: [...Array(EVENTS).keys()], stolen: [] })
      } finally {
        await other.close()
        await connection.quit()
      }
    })

    it("refuses to start a second deployment on the same Redis database, naming the one there", async () => {
      const env = {
        ...process.env,
        DATABASE_URL: dbConfig.clientUrl,
        REDIS_URL,
        REDIS_PREFIX: "isolation-b:",
        PORT: String(await freePort()),
        DISABLE_ADMIN: "true",
      }
      const second = spawnMedusa(env)
      const code = await Promise.race([second.exited, new Promise((r) => setTimeout(() => r("still running"), 60_000))])
      if (code === "still running") {
        await second.stop()
      }
      expect(code).not.toBe(0)
      expect(code).not.toBe("still running")
      expect(second.output).toContain(
        `Redis database 10 at ${new URL(REDIS_URL).host} is used by another deployment (prefix isolation-a:, database localhost:5432/`
      )
    })
  },
})
