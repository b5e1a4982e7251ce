import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"

export const validatePayoutRetryStepId = "validate-payout-retry"

/** The payout to retry: NOT_FOUND when there is none, NOT_ALLOWED unless it failed. */
export const validatePayoutRetryStep = createStep(validatePayoutRetryStepId, async ({ id }: { id: string }, { container }) => {
  const [payout] = await container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).listPayouts({ id })
  if (!payout) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${id} not found`)
  }
  if (payout.status !== "failed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only failed payouts can be retried; this one is ${payout.status}`)
  }
  return new StepResponse(payout)
})
