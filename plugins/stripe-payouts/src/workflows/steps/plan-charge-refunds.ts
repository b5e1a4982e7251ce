import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { paymentsOfOrderGroups } from "@broadcart/plugin-marketplace"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import { fromMinor, toMinor, toNumber } from "../../modules/payouts/utils/money"
import type { PayoutRefund } from "./record-refunds"

export type ChargeRefundReport = { charge_id: string; amount_refunded: number }

export const planChargeRefundsStepId = "plan-charge-refunds"

/**
 * A refund made at the provider rather than through the platform: what the charge shows refunded
 * beyond the platform's own refunds, shared among the checkout's payouts by what each order still
 * holds. Keyed by the charge's refunded total, so replays and older reports add nothing.
 */
export const planChargeRefundsStep = createStep(planChargeRefundsStepId, async (charge: ChargeRefundReport, { container }) => {
  const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
  const linked = await payouts.listPayouts({ source_transaction: charge.charge_id }, { relations: ["adjustments"] })
  if (!linked.length) {
    return new StepResponse([] as PayoutRefund[])
  }
  const c = linked[0].currency_code
  const groupId = linked[0].order_group_id!
  const platformRefunds = ((await paymentsOfOrderGroups(container, [groupId], ["refunds.amount"]))[groupId] ?? [])
    .flatMap((p: any) => p?.refunds ?? [])
    .reduce((sum: number, r: any) => sum + toMinor(toNumber(r?.amount), c), 0)
  const externalApplied = linked
    .flatMap((p) => p.adjustments ?? [])
    .filter((a) => a.key.startsWith(`charge:${charge.charge_id}:`))
    .reduce((sum, a) => sum + toMinor(a.refund_amount, c), 0)
  let external = charge.amount_refunded - platformRefunds - externalApplied
  if (external <= 0) {
    return new StepResponse([] as PayoutRefund[])
  }
  const open = linked.map((p) => ({ p, left: toMinor(p.gross_amount, c) - toMinor(p.refunded_amount, c) })).filter((x) => x.left > 0)
  let left = open.reduce((sum, x) => sum + x.left, 0)
  const refunds = open.map(({ p, left: holds }): PayoutRefund => {
    const share = left > 0 ? Math.round((external * holds) / left) : 0
    external -= share
    left -= holds
    return {
      order_id: p.order_id,
      key: `charge:${charge.charge_id}:${charge.amount_refunded}:${p.id}`,
      amount: fromMinor(share, c),
      reason: "Refunded in Stripe",
    }
  })
  return new StepResponse(refunds)
})
