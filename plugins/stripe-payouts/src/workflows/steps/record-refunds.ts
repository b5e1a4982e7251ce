import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"

export type PayoutRefund = {
  order_id: string
  /** Names the refund, so it is booked once however often it is reported. */
  key: string
  amount: number
  reason?: string
  kind?: "reduction" | "external_reversal"
}

export const recordRefundsStepId = "record-payout-refunds"

/** Books refunds on the orders' payouts as pending adjustments; returns the adjustment ids. */
export const recordRefundsStep = createStep(recordRefundsStepId, async ({ refunds }: { refunds: PayoutRefund[] }, { container }) => {
  const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
  const ids: string[] = []
  for (const refund of refunds) {
    const id = refund.amount > 0 ? await payouts.recordRefund(refund) : null
    if (id) {
      ids.push(id)
    }
  }
  return new StepResponse(ids)
})
