import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"

export const refreshHoldReasonsStepId = "refresh-hold-reasons"

/**
 * Rewrites why due payouts wait (all, these, or one vendor's). The reasons are derived from the
 * ledger each time, so there is nothing to undo: a compensated account change is followed by the
 * next refresh.
 */
export const refreshHoldReasonsStep = createStep(refreshHoldReasonsStepId, async (filter: { ids?: string[]; vendor_id?: string }, { container }) => {
  await container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).markHeldPayouts(filter)
  return new StepResponse(null)
})
