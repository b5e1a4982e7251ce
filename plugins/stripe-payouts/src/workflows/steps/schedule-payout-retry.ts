import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"

export const schedulePayoutRetryStepId = "schedule-payout-retry"

/** Gives a failed payout a fresh allowance of attempts, due at the next job run; compensation restores its count and time. */
export const schedulePayoutRetryStep = createStep(
  schedulePayoutRetryStepId,
  async (payout: { id: string; attempts: number; next_attempt_at: Date | string | null }, { container }) => {
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    const updated = await payouts.updatePayouts({ id: payout.id, attempts: 0, next_attempt_at: new Date() })
    return new StepResponse(updated, {
      id: payout.id,
      attempts: payout.attempts,
      next_attempt_at: payout.next_attempt_at ? new Date(payout.next_attempt_at) : null,
    })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).updatePayouts(previous)
    }
  }
)
