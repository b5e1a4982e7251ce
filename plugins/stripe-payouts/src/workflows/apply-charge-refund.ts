import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planChargeRefundsStep, type ChargeRefundReport } from "./steps/plan-charge-refunds"
import { applyPayoutRefundsWorkflow } from "./apply-payout-refunds"

export const applyChargeRefundWorkflowId = "apply-charge-refund"

/** Takes a refund made at the provider (e.g. in the Stripe dashboard) off the checkout's payouts. */
export const applyChargeRefundWorkflow = createWorkflow(applyChargeRefundWorkflowId, (input: ChargeRefundReport) => {
  const refunds = planChargeRefundsStep(input)
  when("refunded-beyond-the-platform", { refunds }, ({ refunds }) => refunds.length > 0).then(() => {
    applyPayoutRefundsWorkflow.runAsStep({ input: transform({ refunds }, ({ refunds }) => ({ refunds })) })
  })
  return new WorkflowResponse(refunds)
})
