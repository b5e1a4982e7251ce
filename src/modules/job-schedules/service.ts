import type { Logger } from "@medusajs/framework/types"
import { WorkflowManager, WorkflowScheduler } from "@medusajs/framework/orchestration"

/** Options of the module: how often to look for scheduled jobs missing from Redis. */
export type JobSchedulesOptions = { checkSeconds: number }

type RepeatableQueue = { getRepeatableJobs(): Promise<{ key: string }[]> }

/**
 * Medusa registers scheduled jobs (`job-*` workflows) as BullMQ repeatable jobs once, at startup;
 * when Redis loses its data they are gone until a restart. This looks every `checkSeconds` and
 * registers again, under the same key, every scheduled workflow whose repeatable job is missing.
 * Jobs with a limited number of executions are left alone: BullMQ removes them once done.
 */
export default class JobSchedulesService {
  private readonly logger: Logger
  private timer: NodeJS.Timeout | null = null
  private checking: Promise<string[]> | null = null

  constructor(
    cradle: { logger: Logger },
    private readonly options: JobSchedulesOptions
  ) {
    this.logger = cradle.logger
  }

  /** Registers again the scheduled workflows missing from Redis; returns their ids. */
  async restoreMissing(): Promise<string[]> {
    this.checking ??= this.check().finally(() => (this.checking = null))
    return this.checking
  }

  private async check(): Promise<string[]> {
    // The Redis workflow engine's storage; its job queue exists only where jobs run (shared and worker mode).
    const queue = (WorkflowScheduler as unknown as { storage?: { jobQueue?: RepeatableQueue } }).storage?.jobQueue
    if (!queue) {
      return []
    }
    const present = new Set((await queue.getRepeatableJobs()).map((j) => j.key))
    const missing = [...WorkflowManager.getWorkflows().values()].filter((w) => {
      const schedule = w.options?.schedule
      return schedule && !(typeof schedule === "object" && schedule.numberOfExecutions) && !present.has(`schedule_${w.id}`)
    })
    for (const workflow of missing) {
      await WorkflowManager.scheduler.scheduleWorkflow(workflow as any)
    }
    if (missing.length) {
      this.logger.warn(`Scheduled jobs were missing from Redis and are registered again: ${missing.map((w) => w.id).join(", ")}`)
    }
    return missing.map((w) => w.id)
  }

  __hooks = {
    onApplicationStart: async () => {
      this.timer = setInterval(() => {
        this.restoreMissing().catch((e) => this.logger.warn(`Could not check scheduled jobs in Redis: ${(e as Error)?.message ?? e}`))
      }, this.options.checkSeconds * 1000)
      this.timer.unref()
    },
    onApplicationShutdown: async () => {
      if (this.timer) {
        clearInterval(this.timer)
        this.timer = null
      }
    },
  }
}
