import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordExternalReversalsStep, type ExternalReversalsInput } from "./steps/record-external-reversals"

export const recordExternalReversalsWorkflowId = "record-external-reversals"

/** Books reversals made outside the platform (e.g. in the Stripe dashboard) on the payout. */
export const recordExternalReversalsWorkflow = createWorkflow(recordExternalReversalsWorkflowId, (input: ExternalReversalsInput) => {
  return new WorkflowResponse(recordExternalReversalsStep(input))
})
