import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveBankPayoutStep, type BankPayoutReport } from "./steps/save-bank-payout"

export const recordBankPayoutWorkflowId = "record-bank-payout"

/** Keeps a vendor's bank payouts (from its provider balance) visible, newest state winning. */
export const recordBankPayoutWorkflow = createWorkflow(recordBankPayoutWorkflowId, (input: BankPayoutReport) => {
  return new WorkflowResponse(saveBankPayoutStep(input))
})
