import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import type { ProviderEvent } from "../providers/payout-provider"
import { PAYOUTS_MODULE } from "../modules/payouts"
import type PayoutsModuleService from "../modules/payouts/service"
import { fromMinor, toMinor, toNumber } from "../lib/money"
import { applyPayoutRefundsWorkflow } from "../workflows/apply-payout-refunds"
import { EventObjects } from "../providers/stripe-connect/event-shapes"

type Handle = (event: ProviderEvent, container: MedusaContainer) => Promise<void>

/** How one event type is handled: the shape its `data.object` must have, and what it does. */
export type Handler = { object: z.ZodType; handle: Handle }

const payoutsOf = (container: MedusaContainer) => container.resolve<PayoutsModuleService>(PAYOUTS_MODULE)

/** Moves the vendor's payout status as Stripe reports its account (older reports are ignored), and why its payouts wait. */
const accountUpdated: Handle = async (event, container) => {
  const account = event.data?.object as Stripe.Account
  const payouts = payoutsOf(container)
  const [known] = await payouts.listPayoutAccounts({ stripe_account_id: account.id })
  if (!known || known.synced_at > event.created) {
    return
  }
  await payouts.updatePayoutAccounts({ id: known.id, ...payouts.accountState(account), synced_at: event.created })
  await payouts.markHeldPayouts({ vendor_id: known.vendor_id })
}

/** Books reversals made outside the platform (e.g. in the Stripe dashboard) on the payout. */
const transferReversed: Handle = async (event, container) => {
  const transfer = event.data?.object as Stripe.Transfer
  const payouts = payoutsOf(container)
  const [payout] = await payouts.listPayouts({ transfer_id: transfer.id })
  if (!payout) {
    return
  }
  const c = payout.currency_code
  for (const reversal of transfer.reversals?.data ?? []) {
    if (reversal.metadata?.adjustment_id) {
      continue // ours: settled (and retried) by its own adjustment
    }
    await payouts.recordExternalReversal({ payout_id: payout.id, reversal_id: reversal.id, amount: fromMinor(reversal.amount, c) })
  }
}

/** Keeps the vendor's bank payouts (from its Stripe balance) visible, newest state winning. */
const bankPayout: Handle = async (event, container) => {
  const payout = event.data?.object as Stripe.Payout
  const payouts = payoutsOf(container)
  const [account] = event.account ? await payouts.listPayoutAccounts({ stripe_account_id: event.account }) : []
  if (!account) {
    return
  }
  const fields = {
    vendor_id: account.vendor_id,
    stripe_account_id: account.stripe_account_id,
    stripe_payout_id: payout.id,
    amount: fromMinor(payout.amount, payout.currency),
    currency_code: payout.currency,
    status: payout.status,
    arrival_date: payout.arrival_date ? new Date(payout.arrival_date * 1000) : null,
    failure_code: payout.failure_code ?? null,
    failure_message: payout.failure_message ?? null,
    event_created: event.created,
  }
  const [known] = await payouts.listBankPayouts({ stripe_payout_id: payout.id })
  if (!known) {
    await payouts.createBankPayouts(fields)
  } else if (known.event_created <= event.created) {
    await payouts.updateBankPayouts({ id: known.id, ...fields })
  }
}

/**
 * A refund made in Stripe rather than through the platform: what the charge shows refunded beyond
 * the platform's own refunds is taken off the checkout's payouts in proportion to what each
 * order still holds. Keyed by the charge's refunded total, so replays and older events add nothing.
 */
const chargeRefunded: Handle = async (event, container) => {
  const charge = event.data?.object as Stripe.Charge
  const payouts = payoutsOf(container)
  const linked = await payouts.listPayouts({ source_transaction: charge.id }, { relations: ["adjustments"] })
  if (!linked.length) {
    return
  }
  const c = linked[0].currency_code
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [group] } = await query.graph({
    entity: "order_group",
    fields: ["id", "payment_collection.payments.refunds.amount"],
    filters: { id: linked[0].order_group_id! },
  })
  const platformRefunds = (group?.payment_collection?.payments ?? [])
    .flatMap((p: any) => p?.refunds ?? [])
    .reduce((sum: number, r: any) => sum + toMinor(toNumber(r?.amount), c), 0)
  const externalApplied = linked
    .flatMap((p) => p.adjustments ?? [])
    .filter((a) => a.key.startsWith(`charge:${charge.id}:`))
    .reduce((sum, a) => sum + toMinor(a.refund_amount, c), 0)
  let external = charge.amount_refunded - platformRefunds - externalApplied
  if (external <= 0) {
    return
  }
  const open = linked.map((p) => ({ p, left: toMinor(p.gross_amount, c) - toMinor(p.refunded_amount, c) })).filter((x) => x.left > 0)
  let left = open.reduce((sum, x) => sum + x.left, 0)
  const refunds = open.map(({ p, left: holds }) => {
    const share = left > 0 ? Math.round((external * holds) / left) : 0
    external -= share
    left -= holds
    return { order_id: p.order_id, key: `charge:${charge.id}:${charge.amount_refunded}:${p.id}`, amount: fromMinor(share, c), reason: "Refunded in Stripe" }
  })
  await applyPayoutRefundsWorkflow(container).run({ input: { refunds } })
}

/** The events this endpoint acts on; others are acknowledged and ignored. */
export const webhookHandlers: Record<string, Handler> = {
  "account.updated": { object: EventObjects.account, handle: accountUpdated },
  "transfer.reversed": { object: EventObjects.transfer, handle: transferReversed },
  "payout.paid": { object: EventObjects.payout, handle: bankPayout },
  "payout.failed": { object: EventObjects.payout, handle: bankPayout },
  "charge.refunded": { object: EventObjects.charge, handle: chargeRefunded },
}
