import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareTransferStep } from "./steps/prepare-transfer"
import { createTransferStep } from "./steps/create-transfer"
import { recordTransferStep } from "./steps/record-transfer"

export const sendPayoutWorkflowId = "send-payout"

/** Sends one claimed payout to its vendor as a Stripe transfer and records it. */
export const sendPayoutWorkflow = createWorkflow(sendPayoutWorkflowId, (input: { payout_id: string }) => {
  const plan = prepareTransferStep(input)
  const transfer = createTransferStep(plan)
  const recorded = recordTransferStep(transform({ input, transfer }, ({ input, transfer }) => ({ payout_id: input.payout_id, transfer })))
  return new WorkflowResponse(transform({ plan, transfer, recorded }, ({ plan, transfer }) => ({ plan, transfer })))
})
