import Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { WorkflowScheduler } from "@medusajs/framework/orchestration"
import { configEnv, flushRedis, testRedisUrl } from "@broadcart/test-utils"

jest.setTimeout(180_000)

const REDIS_URL = testRedisUrl(3)
const ROLLUP = "job-rollup-analytics"

beforeAll(() => flushRedis(REDIS_URL))
configEnv({ REDIS_URL, REDIS_PREFIX: "schedules:", MEDUSA_WORKER_MODE: "shared", JOB_SCHEDULE_CHECK_SECONDS: "1" })

/** The workflow engine's queue of scheduled jobs, in this process (the test app runs in it). */
const jobQueue = () => (WorkflowScheduler as any).storage.jobQueue

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const found = await probe()
    if (found !== undefined) {
      return found
    }
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("registers the roll-up job again after Redis lost its data, and the job runs, without an app restart", async () => {
      const repeatable = async () => ((await jobQueue().getRepeatableJobs()) as { key: string }[]).find((j) => j.key === `schedule_${ROLLUP}`)
      await waitFor("the roll-up job to be scheduled at startup", repeatable)
      const redis = new Redis(REDIS_URL)
      try {
        await redis.flushdb()
      } finally {
        await redis.quit()
      }
      expect(await repeatable()).toBeUndefined()

      await waitFor("the roll-up job to be registered again", repeatable)
      // Run its next occurrence now instead of waiting for the cron, and see it roll up.
      const next = await waitFor("the roll-up job's next run", async () => ((await jobQueue().getDelayed()) as any[]).find((j) => j.data?.jobId === ROLLUP))
      const before = Date.now()
      await next.promote()
      const store = getContainer().resolve("timeSeries") as any
      await waitFor("the roll-up job to run", async () => {
        const mark: Date | null = await store.backend.mark("rollup")
        return mark && mark.getTime() >= before ? mark : undefined
      })
    })
  },
})
