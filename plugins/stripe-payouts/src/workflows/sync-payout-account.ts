import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PayoutsEvents } from "../events"
import { updatePayoutAccountStateStep, type PayoutAccountStateInput } from "./steps/update-payout-account-state"
import { refreshHoldReasonsStep } from "./steps/refresh-hold-reasons"

export const syncPayoutAccountWorkflowId = "sync-payout-account"

/** Moves a vendor's payout status as the provider reports its account (older reports are ignored), and why its payouts wait. */
export const syncPayoutAccountWorkflow = createWorkflow(syncPayoutAccountWorkflowId, (input: PayoutAccountStateInput) => {
  const account = updatePayoutAccountStateStep(input)
  when("account-report-applied", { account }, ({ account }) => !!account).then(() => {
    refreshHoldReasonsStep(transform({ account }, ({ account }) => ({ vendor_id: account!.vendor_id })))
    emitEventStep({
      eventName: PayoutsEvents.PAYOUT_ACCOUNT_UPDATED,
      data: transform({ account }, ({ account }) => ({ id: account!.id, vendor_id: account!.vendor_id, status: account!.status })),
    })
  })
  return new WorkflowResponse(account)
})
