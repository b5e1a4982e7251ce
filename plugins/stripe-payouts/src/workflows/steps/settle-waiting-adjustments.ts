import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import { settleAdjustment } from "./settle-adjustments"

export const settleWaitingAdjustmentsStepId = "settle-waiting-adjustments"

/**
 * Retries refund adjustments still pending once their retry is due (see settleAdjustment, which
 * keeps each one's outcome and error on it). Returns how many it tried. Nothing without an API key.
 */
export const settleWaitingAdjustmentsStep = createStep(settleWaitingAdjustmentsStepId, async (_: void, { container }) => {
  const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
  if (!payouts.options.apiKey) {
    return new StepResponse(0)
  }
  const waiting = await payouts.listPayoutAdjustments({ status: "pending" }, { take: 200, order: { created_at: "ASC" }, relations: ["payout"] })
  let settled = 0
  for (const adj of waiting) {
    const retryDue = !adj.next_attempt_at || new Date(adj.next_attempt_at).getTime() <= Date.now()
    if (retryDue && ["paid", "pending", "due", "failed", "canceled"].includes(adj.payout.status)) {
      await settleAdjustment(container, adj.id)
      settled++
    }
  }
  return new StepResponse(settled)
})
