import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordRefundsStep, type PayoutRefund } from "./steps/record-refunds"
import { settleAdjustmentsStep } from "./steps/settle-adjustments"

export const applyPayoutRefundsWorkflowId = "apply-payout-refunds"

/**
 * Takes refunds off vendors' payouts: the vendor's share comes off an unsent payout or is reversed
 * from the sent transfer, and commission is reduced in proportion.
 */
export const applyPayoutRefundsWorkflow = createWorkflow(applyPayoutRefundsWorkflowId, (input: { refunds: PayoutRefund[] }) => {
  const ids = recordRefundsStep(input)
  const outcomes = settleAdjustmentsStep(transform({ ids }, ({ ids }) => ({ adjustment_ids: ids })))
  return new WorkflowResponse(outcomes)
})
