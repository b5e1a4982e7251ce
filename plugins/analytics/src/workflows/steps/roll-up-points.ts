import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { timeSeries } from "../../providers/time-series"

export const rollUpPointsStepId = "roll-up-analytics-points"

/**
 * Turns raw points up to now into hourly and daily aggregates: everything since the last complete run (after
 * an outage, however long) and at least the last six hours (late, buffered writes). Aggregates are
 * recomputed from the raw points each run, so there is nothing to undo.
 */
export const rollUpPointsStep = createStep(rollUpPointsStepId, async (_: void, { container }) => {
  await timeSeries(container).rollupPending(new Date())
  return new StepResponse(null)
})
