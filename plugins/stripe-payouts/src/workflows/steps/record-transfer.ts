import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"

export const recordTransferStepId = "record-transfer"

/** Marks the payout paid with its Stripe transfer. */
export const recordTransferStep = createStep(
  recordTransferStepId,
  async ({ payout_id, transfer }: { payout_id: string; transfer: { id: string } | null }, { container }) => {
    if (!transfer) {
      return new StepResponse(null)
    }
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    const paid = await payouts.updatePayouts({
      id: payout_id,
      status: "paid",
      transfer_id: transfer.id,
      paid_at: new Date(),
      claimed_at: null,
      last_error: null,
      next_attempt_at: null,
      hold_reason: null,
    })
    return new StepResponse(paid)
  }
)
