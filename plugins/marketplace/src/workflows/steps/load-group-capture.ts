import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { livePayment, toNumber } from "../orders/amounts"

export type GroupCapture = {
  payment_id: string
  currency_code: string
  /** What each live order of the group is still owed, per Medusa's order summary. */
  dues: { order_id: string; amount: number }[]
  amount: number
}

/** The dues, lowered in order so they add up to at most `max`. */
function capDues(dues: GroupCapture["dues"], max: number) {
  let left = max
  return dues.map((due) => {
    const amount = Math.max(0, Math.min(due.amount, Math.round(left * 100) / 100))
    left -= amount
    return { ...due, amount }
  })
}

export const loadGroupCaptureStepId = "load-group-capture"

/**
 * Works out what to capture for a group: the sum still owed by its orders that are not canceled
 * (only `order_ids` when given, and at most `max`).
 */
export const loadGroupCaptureStep = createStep(
  loadGroupCaptureStepId,
  async ({ order_group_id, order_ids, max }: { order_group_id: string; order_ids?: string[]; max?: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "order_group",
      fields: [
        "id",
        "currency_code",
        "orders.id",
        "orders.status",
        "orders.summary.*",
        "payment_collection.payments.id",
        "payment_collection.payments.canceled_at",
      ],
      filters: { id: order_group_id },
    })
    if (!group) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order group ${order_group_id} not found`)
    }
    const payment = livePayment(group.payment_collection?.payments as any[])
    if (!payment) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order group ${order_group_id} has no payment to capture`)
    }
    const owed = (group.orders ?? [])
      .filter((o: any) => o && o.status !== "canceled" && (!order_ids || order_ids.includes(o.id)))
      .map((o: any) => ({ order_id: o.id, amount: toNumber(o.summary?.pending_difference) }))
    const dues = capDues(owed, max ?? Infinity).filter((d) => d.amount > 0)
    const amount = dues.reduce((sum: number, d: { amount: number }) => sum + d.amount, 0)
    if (amount <= 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Nothing is left to capture for order group ${order_group_id}`)
    }
    return new StepResponse<GroupCapture>({ payment_id: payment.id, currency_code: group.currency_code, dues, amount })
  }
)
