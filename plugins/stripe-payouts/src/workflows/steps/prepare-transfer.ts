import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import { fromMinor, toMinor } from "../../modules/payouts/utils/money"

export type TransferPlan =
  | { skip: true; payout_id: string; reason: string }
  | {
      skip: false
      payout_id: string
      idempotency_key: string
      amount_minor: number
      currency: string
      destination: string
      source_transaction: string | null
      transfer_group: string | null
      metadata: Record<string, string>
    }

export const prepareTransferStepId = "prepare-transfer"

/**
 * Fixes what a claimed payout sends: its idempotency key (from the payout id) and amount (net less
 * refunds applied so far). Both are stored before the call and reused until Stripe answers for
 * sure, so a run that dies mid-call is retried with the very same request.
 */
export const prepareTransferStep = createStep(prepareTransferStepId, async ({ payout_id }: { payout_id: string }, { container }) => {
  const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
  const payout = await payouts.retrievePayout(payout_id)
  if (payout.status !== "processing") {
    return new StepResponse<TransferPlan>({ skip: true, payout_id, reason: `payout is ${payout.status}` })
  }
  const [account] = await payouts.listPayoutAccounts({ vendor_id: payout.vendor_id })
  const currency = payout.currency_code
  let key = payout.transfer_key
  let amountMinor = toMinor(payout.transfer_amount, currency)
  if (!key) {
    const reduced = await payouts.reducePendingAdjustments(payout.id)
    amountMinor = toMinor(payout.net_amount, currency) - toMinor(reduced, currency)
    if (amountMinor <= 0) {
      await payouts.updatePayouts({ id: payout.id, status: "canceled", claimed_at: null, hold_reason: null })
      return new StepResponse<TransferPlan>({ skip: true, payout_id, reason: "fully refunded" })
    }
    key = payout.attempts > 1 ? `payout_${payout.id}_attempt_${payout.attempts}` : `payout_${payout.id}`
    await payouts.updatePayouts({ id: payout.id, transfer_key: key, transfer_amount: fromMinor(amountMinor, currency) })
  }
  return new StepResponse<TransferPlan>({
    skip: false,
    payout_id,
    idempotency_key: key,
    amount_minor: amountMinor,
    currency,
    destination: account.stripe_account_id,
    source_transaction: payout.source_transaction,
    transfer_group: payout.order_group_id,
    metadata: { payout_id: payout.id, order_id: payout.order_id, vendor_id: payout.vendor_id },
  })
})
