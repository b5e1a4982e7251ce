import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"

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

const sum = (rows: { amount?: unknown; raw_amount?: unknown }[] | undefined) =>
  (rows ?? []).reduce((acc: number, r) => acc + MathBN.convert((r.raw_amount ?? r.amount ?? 0) as any).toNumber(), 0)

export const loadOrderBalanceStepId = "load-order-balance"

/** Reads an order's share of its group's payment. Read-only, so nothing to undo. */
export const loadOrderBalanceStep = createStep(
  loadOrderBalanceStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [order] } = await query.graph({
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
    const payment = (order.order_group?.payment_collection?.payments ?? []).find((p: any) => p && !p.canceled_at)
    const balance: OrderBalance = {
      order_id,
      vendor_id: order.vendor?.id ?? null,
      order_group_id: order.order_group?.id ?? null,
      currency_code: order.currency_code,
      canceled: order.status === "canceled",
      net_paid: sum(order.transactions as any),
      pending_difference: MathBN.convert(((order.summary as any)?.pending_difference ?? 0) as any).toNumber(),
      payment: payment ? { id: payment.id, refundable: sum(payment.captures) - sum(payment.refunds) } : null,
    }
    return new StepResponse(balance)
  }
)
