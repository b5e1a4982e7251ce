import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rollUpPointsStep } from "./steps/roll-up-points"

export const rollUpAnalyticsWorkflowId = "roll-up-analytics"

/** Brings the hourly and daily aggregates up to date. */
export const rollUpAnalyticsWorkflow = createWorkflow(rollUpAnalyticsWorkflowId, () => {
  return new WorkflowResponse(rollUpPointsStep())
})
