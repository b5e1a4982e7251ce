import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PayoutsEvents } from "../events"
import { validatePayoutRetryStep } from "./steps/validate-payout-retry"
import { schedulePayoutRetryStep } from "./steps/schedule-payout-retry"

export const retryPayoutWorkflowId = "retry-payout"

/** Retries a failed payout at the next job run, with a fresh allowance of attempts. */
export const retryPayoutWorkflow = createWorkflow(retryPayoutWorkflowId, (input: { id: string }) => {
  const payout = validatePayoutRetryStep(input)
  const updated = schedulePayoutRetryStep(payout)
  emitEventStep({
    eventName: PayoutsEvents.PAYOUT_RETRY_SCHEDULED,
    data: transform({ payout }, ({ payout }) => ({ id: payout.id, vendor_id: payout.vendor_id })),
  })
  return new WorkflowResponse(updated)
})
