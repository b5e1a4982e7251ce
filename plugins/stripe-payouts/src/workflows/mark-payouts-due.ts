import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markPayoutsDueStep } from "./steps/mark-payouts-due"

export const markPayoutsDueWorkflowId = "mark-payouts-due"

/** Re-checks these orders' pending payouts and makes those whose trigger is met due. */
export const markPayoutsDueWorkflow = createWorkflow(markPayoutsDueWorkflowId, (input: { order_ids: string[] }) => {
  return new WorkflowResponse(markPayoutsDueStep(input))
})
