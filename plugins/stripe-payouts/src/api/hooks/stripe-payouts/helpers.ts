import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { z } from "@medusajs/framework/zod"
import { PAYOUTS_MODULE } from "../../../modules/payouts"
import type PayoutsModuleService from "../../../modules/payouts/service"
import { fromMinor } from "../../../modules/payouts/utils/money"
import type { ProviderEvent } from "../../../providers/payout-provider"
import { EventObjects } from "../../../providers/stripe-connect/event-shapes"
import { syncPayoutAccountWorkflow } from "../../../workflows/sync-payout-account"
import { recordExternalReversalsWorkflow } from "../../../workflows/record-external-reversals"
import { recordBankPayoutWorkflow } from "../../../workflows/record-bank-payout"
import { applyChargeRefundWorkflow } from "../../../workflows/apply-charge-refund"

type Handle = (event: ProviderEvent, container: MedusaContainer) => Promise<unknown>

/** How one event type is handled: the shape its `data.object` must have, and the workflow it runs. */
export type Handler = { object: z.ZodType; handle: Handle }

const accountUpdated: Handle = (event, container) => {
  const account = event.data?.object as Stripe.Account
  const state = container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).accountState(account)
  return syncPayoutAccountWorkflow(container).run({ input: { stripe_account_id: account.id, state, synced_at: event.created } })
}

const transferReversed: Handle = (event, container) => {
  const transfer = event.data?.object as Stripe.Transfer
  // Ours carry their adjustment id: settled (and retried) by that adjustment.
  const reversals = (transfer.reversals?.data ?? []).filter((r) => !r.metadata?.adjustment_id).map((r) => ({ id: r.id, amount_minor: r.amount }))
  return recordExternalReversalsWorkflow(container).run({ input: { transfer_id: transfer.id, reversals } })
}

const bankPayout: Handle = async (event, container) => {
  const payout = event.data?.object as Stripe.Payout
  if (!event.account) {
    return
  }
  return recordBankPayoutWorkflow(container).run({
    input: {
      stripe_account_id: event.account,
      stripe_payout_id: payout.id,
      amount: fromMinor(payout.amount, payout.currency),
      currency_code: payout.currency,
      status: payout.status,
      arrival_date: payout.arrival_date ?? null,
      failure_code: payout.failure_code ?? null,
      failure_message: payout.failure_message ?? null,
      event_created: event.created,
    },
  })
}

const chargeRefunded: Handle = (event, container) => {
  const charge = event.data?.object as Stripe.Charge
  return applyChargeRefundWorkflow(container).run({ input: { charge_id: charge.id, amount_refunded: charge.amount_refunded } })
}

/** The events this endpoint acts on; others are acknowledged and ignored. */
export const webhookHandlers: Record<string, Handler> = {
  "account.updated": { object: EventObjects.account, handle: accountUpdated },
  "transfer.reversed": { object: EventObjects.transfer, handle: transferReversed },
  "payout.paid": { object: EventObjects.payout, handle: bankPayout },
  "payout.failed": { object: EventObjects.payout, handle: bankPayout },
  "charge.refunded": { object: EventObjects.charge, handle: chargeRefunded },
}
