import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import type { TransferPlan } from "./prepare-transfer"

export const createTransferStepId = "create-stripe-transfer"

/**
 * Sends the vendor's money: a Stripe transfer to the connected account, drawn from the order's
 * charge and grouped with the checkout's other transfers. Idempotent by the payout's key.
 */
export const createTransferStep = createStep(createTransferStepId, async (plan: TransferPlan, { container }) => {
  if (plan.skip) {
    return new StepResponse(null)
  }
  const transfer = await container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).createTransfer(
    {
      amount_minor: plan.amount_minor,
      currency: plan.currency,
      destination: plan.destination,
      source_transaction: plan.source_transaction,
      transfer_group: plan.transfer_group,
      description: `Payout ${plan.payout_id} for order ${plan.metadata.order_id}`,
      metadata: plan.metadata,
    },
    plan.idempotency_key
  )
  return new StepResponse(transfer)
})
