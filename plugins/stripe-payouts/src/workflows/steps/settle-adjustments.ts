import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import { toMinor } from "../../modules/payouts/utils/money"

export type SettleOutcome = "reduced" | "reversed" | "waiting" | "failed" | "done"

/**
 * Settles one pending refund adjustment: off the payout while it is unsent, as a Stripe transfer
 * reversal once it was sent (idempotent by the adjustment id), or later while a transfer is in
 * flight. A failed reversal is retried with backoff; its error stays visible on the adjustment.
 */
export async function settleAdjustment(container: MedusaContainer, adjustmentId: string): Promise<SettleOutcome> {
  const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
  if (await payouts.reduceIfUnsent(adjustmentId)) {
    return "reduced"
  }
  const adj = await payouts.retrievePayoutAdjustment(adjustmentId, { relations: ["payout"] })
  const payout = adj.payout
  if (adj.status !== "pending") {
    return "done"
  }
  if (payout.status !== "paid" || !payout.transfer_id) {
    return "waiting"
  }
  const c = payout.currency_code
  const amount = toMinor(adj.vendor_amount, c)
  try {
    const reversal =
      amount > 0
        ? await payouts.reverseTransfer(
            { transfer_id: payout.transfer_id, amount_minor: amount, metadata: { adjustment_id: adj.id, payout_id: payout.id, order_id: payout.order_id } },
            `reversal_${adj.id}`
          )
        : null
    await payouts.completeReversal(adj.id, reversal?.id ?? null)
    return "reversed"
  } catch (e: any) {
    const attempts = adj.attempts + 1
    const exhausted = attempts >= payouts.options.maxAttempts
    await payouts.updatePayoutAdjustments({
      id: adj.id,
      kind: "reversal",
      status: exhausted ? "failed" : "pending",
      attempts,
      last_error: String(e?.message ?? e).slice(0, 1000),
      next_attempt_at: exhausted ? null : new Date(Date.now() + payouts.retryDelayMs(attempts)),
    })
    return "failed"
  }
}

export const settleAdjustmentsStepId = "settle-payout-adjustments"

/** Settles the given refund adjustments now (see settleAdjustment). */
export const settleAdjustmentsStep = createStep(settleAdjustmentsStepId, async ({ adjustment_ids }: { adjustment_ids: string[] }, { container }) => {
  const outcomes: Record<string, SettleOutcome> = {}
  for (const id of adjustment_ids) {
    outcomes[id] = await settleAdjustment(container, id)
  }
  return new StepResponse(outcomes)
})
