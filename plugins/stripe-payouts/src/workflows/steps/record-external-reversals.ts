import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import { fromMinor } from "../../modules/payouts/utils/money"

export type ExternalReversalsInput = { transfer_id: string; reversals: { id: string; amount_minor: number }[] }

export const recordExternalReversalsStepId = "record-external-reversals"

/**
 * Books reversals made outside the platform on the payout the transfer paid (none if it paid none).
 * Each booking is one transaction keyed by the reversal id, so a redelivered report books only
 * what is missing; no later write can fail after it, hence no compensation.
 */
export const recordExternalReversalsStep = createStep(recordExternalReversalsStepId, async (input: ExternalReversalsInput, { container }) => {
  const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
  const [payout] = await payouts.listPayouts({ transfer_id: input.transfer_id })
  const booked: string[] = []
  for (const reversal of payout ? input.reversals : []) {
    const amount = fromMinor(reversal.amount_minor, payout.currency_code)
    if (await payouts.recordExternalReversal({ payout_id: payout.id, reversal_id: reversal.id, amount })) {
      booked.push(reversal.id)
    }
  }
  return new StepResponse(booked)
})
