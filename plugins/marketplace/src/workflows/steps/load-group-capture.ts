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

export const loadGroupCaptureStepId = "load-group-capture"

/** Works out what to capture for a group: the sum still owed by its orders that are not canceled. */
export const loadGroupCaptureStep = createStep(
  loadGroupCaptureStepId,
  async ({ order_group_id }: { order_group_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [group] } = await query.graph({
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
    const dues = (group.orders ?? [])
      .filter((o: any) => o && o.status !== "canceled")
      .map((o: any) => ({ order_id: o.id, amount: toNumber(o.summary?.pending_difference) }))
      .filter((d: { amount: number }) => d.amount > 0)
    const amount = dues.reduce((sum: number, d: { amount: number }) => sum + d.amount, 0)
    if (amount <= 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Nothing is left to capture for order group ${order_group_id}`)
    }
    return new StepResponse<GroupCapture>({ payment_id: payment.id, currency_code: group.currency_code, dues, amount })
  }
)
