import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { livePayment, sumAmounts, toNumber } from "../orders/amounts"

/** Where an order of a split checkout stands against the group's one payment. */
export type OrderBalance = {
  order_id: string
  vendor_id: string | null
  order_group_id: string | null
  currency_code: string
  canceled: boolean
  /** Captured for this order, net of its refunds (from its transactions). */
  net_paid: number
  /** Medusa's summary: positive is owed by the customer, negative is owed to them. */
  pending_difference: number
  payment: { id: string; refundable: number } | null
}

export const loadOrderBalanceStepId = "load-order-balance"

/** Reads an order's share of its group's payment. Read-only, so nothing to undo. */
export const loadOrderBalanceStep = createStep(loadOrderBalanceStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "currency_code",
      "summary.*",
      "transactions.amount",
      "transactions.raw_amount",
      "vendor.id",
      "order_group.id",
      "order_group.payment_collection.payments.id",
      "order_group.payment_collection.payments.canceled_at",
      "order_group.payment_collection.payments.captures.raw_amount",
      "order_group.payment_collection.payments.refunds.raw_amount",
    ],
    filters: { id: order_id },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} not found`)
  }
  const payment = livePayment(order.order_group?.payment_collection?.payments as any[])
  const balance: OrderBalance = {
    order_id,
    vendor_id: order.vendor?.id ?? null,
    order_group_id: order.order_group?.id ?? null,
    currency_code: order.currency_code,
    canceled: order.status === "canceled",
    net_paid: sumAmounts(order.transactions as any),
    pending_difference: toNumber((order.summary as any)?.pending_difference),
    payment: payment ? { id: payment.id, refundable: sumAmounts(payment.captures) - sumAmounts(payment.refunds) } : null,
  }
  return new StepResponse(balance)
})
