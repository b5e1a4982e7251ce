import type { TimePoint } from "@broadcart/time-series/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { timeSeries } from "../../providers/time-series"

export const recordPointsStepId = "record-analytics-points"

/**
 * Queues points for the time-series store; the store writes them in the background (and keeps them
 * through an outage), so this never waits on it. Points are append-only and carry ids where a
 * redelivery must count once; being the last step, nothing after it can fail, so no compensation.
 * Times are read back as dates, in case the workflow engine carried them as strings.
 */
export const recordPointsStep = createStep(recordPointsStepId, async (points: TimePoint[], { container }) => {
  timeSeries(container).record(points.map((p) => ({ ...p, ts: new Date(p.ts) })))
  return new StepResponse(points.length)
})
