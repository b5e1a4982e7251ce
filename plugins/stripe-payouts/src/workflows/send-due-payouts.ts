import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshHoldReasonsStep } from "./steps/refresh-hold-reasons"
import { sendClaimedPayoutsStep, type SendClaimedPayoutsInput } from "./steps/send-claimed-payouts"
import { settleWaitingAdjustmentsStep } from "./steps/settle-waiting-adjustments"

export type PayoutRunReport = { sent: number; failed: number; skipped: number; adjustments: number }

export const sendDuePayoutsWorkflowId = "send-due-payouts"

/**
 * One run of the payout job: says why payouts wait, claims and sends due payouts in batches, then
 * retries refund adjustments that are waiting. Safe to run on several workers at once.
 */
export const sendDuePayoutsWorkflow = createWorkflow(sendDuePayoutsWorkflowId, (input: SendClaimedPayoutsInput) => {
  refreshHoldReasonsStep({})
  const sent = sendClaimedPayoutsStep(input)
  const adjustments = settleWaitingAdjustmentsStep()
  return new WorkflowResponse(transform({ sent, adjustments }, ({ sent, adjustments }): PayoutRunReport => ({ ...sent, adjustments })))
})
