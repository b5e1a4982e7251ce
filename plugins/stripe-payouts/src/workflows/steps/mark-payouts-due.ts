import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { paymentsOfOrderGroups, type Scope } from "@broadcart/plugin-marketplace"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import { toNumber } from "../../modules/payouts/utils/money"

export const markPayoutsDueStepId = "mark-payouts-due"

type OrderState = { captured: boolean; fulfilled: boolean; canceled: boolean }

/** Whether each order has captured money, is fully fulfilled, or is canceled. */
async function orderStates(query: any, orderIds: string[]): Promise<Map<string, OrderState>> {
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "status", "transactions.amount", "transactions.reference", "items.quantity", "items.detail.quantity", "items.detail.fulfilled_quantity"],
    filters: { id: orderIds },
  })
  return new Map(
    orders.map((o: any) => {
      const captured = (o.transactions ?? []).some((t: any) => t?.reference === "capture" && toNumber(t.amount) > 0)
      const items = (o.items ?? []).filter(Boolean)
      const ordered = (i: any) => toNumber(i.detail?.quantity ?? i.quantity)
      const fulfilled = items.length > 0 && items.every((i: any) => ordered(i) > 0 && toNumber(i.detail?.fulfilled_quantity) >= ordered(i))
      return [o.id, { captured, fulfilled, canceled: o.status === "canceled" }]
    })
  )
}

/** The charge behind each order group's payment (Stripe's latest_charge), for source_transaction. */
async function chargesByGroup(scope: Scope, groupIds: string[]): Promise<Map<string, string | null>> {
  const payments = await paymentsOfOrderGroups(scope, groupIds, ["data", "canceled_at"])
  return new Map(
    groupIds.map((id) => {
      const payment = payments[id].find((p) => !p.canceled_at)
      const charge = payment?.data?.latest_charge
      return [id, typeof charge === "string" ? charge : (charge?.id ?? null)]
    })
  )
}

/**
 * Makes pending payouts of these orders due once the trigger is met: the order's payment is
 * captured (and, with the `fulfilled` trigger, every item is fulfilled). Due payouts wait
 * `holdDays`, and say why they wait. A canceled order's pending payout is canceled: nothing was collected for it.
 */
export const markPayoutsDueStep = createStep(
  markPayoutsDueStepId,
  async ({ order_ids }: { order_ids: string[] }, { container }) => {
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const pending = order_ids.length ? await payouts.listPayouts({ order_id: order_ids, status: "pending" }) : []
    if (!pending.length) {
      return new StepResponse([], [])
    }
    const states = await orderStates(
      query,
      pending.map((p) => p.order_id)
    )
    const charges = await chargesByGroup(container, [...new Set(pending.map((p) => p.order_group_id).filter(Boolean))] as string[])
    const { payoutTrigger, holdDays } = payouts.options
    const dueAt = new Date(Date.now() + holdDays * 86_400_000)
    type Update = { id: string; status: "due" | "canceled"; due_at?: Date; source_transaction?: string | null }
    const updates = pending.flatMap((p): Update[] => {
      const state = states.get(p.order_id)
      if (state?.canceled && !state.captured) {
        return [{ id: p.id, status: "canceled" }]
      }
      if (!state?.captured || (payoutTrigger === "fulfilled" && !state.fulfilled)) {
        return []
      }
      return [{ id: p.id, status: "due", due_at: dueAt, source_transaction: charges.get(p.order_group_id ?? "") ?? null }]
    })
    if (updates.length) {
      await payouts.updatePayouts(updates)
      await payouts.markHeldPayouts({ ids: updates.filter((u) => u.status === "due").map((u) => u.id) })
    }
    return new StepResponse(
      updates,
      updates.map((u) => u.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
      await payouts.updatePayouts(ids.map((id) => ({ id, status: "pending" as const, due_at: null, source_transaction: null, hold_reason: null })))
    }
  }
)
