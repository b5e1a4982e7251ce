import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addOrderTransactionStep, emitEventStep, refundPaymentStep } from "@medusajs/medusa/core-flows"
import { MarketplaceOrderEvents } from "../events"
import { loadOrderBalanceStep, type OrderBalance } from "./steps/load-order-balance"
import { refundOrderShareStep } from "./steps/refund-order-share"

export type RefundOrderBalanceInput = {
  order_id: string
  /** `all`: give back everything captured for the order (cancel). `owed`: what Medusa's summary says is owed (returns). */
  mode: "all" | "owed"
  /** Never refund more than this (e.g. the value of the items a return brought back). */
  max?: number
  created_by?: string
  note?: string
}

export const refundOrderBalanceWorkflowId = "refund-order-balance"

/** The amount to refund now: never more than was captured for this order, nor than the payment holds. */
export function refundDue(balance: OrderBalance, mode: RefundOrderBalanceInput["mode"], max = Infinity) {
  if (!balance.payment || balance.net_paid <= 0) {
    return 0
  }
  const owed = mode === "all" ? balance.net_paid : Math.max(0, -balance.pending_difference)
  // A cap within a cent of what is owed is rounding (per-unit averages), not a difference.
  const wanted = owed > max + 0.01 ? max : owed
  return Math.max(0, Math.min(wanted, balance.net_paid, balance.payment.refundable))
}

/**
 * Refunds one vendor order's share of its group's payment, books it on that order (its own payment
 * and an order transaction) and emits marketplace.order.refunded. The other orders of the group,
 * and their money, are not touched.
 * Nothing is refunded before capture: the group's capture then takes only what is still owed.
 */
export const refundOrderBalanceWorkflow = createWorkflow(refundOrderBalanceWorkflowId, (input: RefundOrderBalanceInput) => {
  const balance = loadOrderBalanceStep({ order_id: input.order_id })
  const amount = transform({ balance, input }, ({ balance, input }) => refundDue(balance, input.mode, input.max))
  const refunded = when("refund-due", { amount }, ({ amount }) => amount > 0).then(() => {
    const payment = refundPaymentStep(
      transform({ balance, amount, input }, ({ balance, amount, input }) => ({
        payment_id: balance.payment!.id,
        amount,
        created_by: input.created_by,
        note: input.note ?? `Refund of order ${balance.order_id}`,
      }))
    )
    refundOrderShareStep(
      transform({ balance, amount, input }, ({ balance, amount, input }) => ({
        order_id: balance.order_id,
        amount,
        created_by: input.created_by,
        note: input.note ?? `Refund of order ${balance.order_id}`,
      }))
    )
    addOrderTransactionStep(
      transform({ balance, amount, payment }, ({ balance, amount, payment }) => ({
        order_id: balance.order_id,
        amount: -amount,
        currency_code: balance.currency_code,
        reference: "refund",
        reference_id: (payment as any)?.refunds?.at(-1)?.id ?? balance.payment!.id,
      }))
    )
    emitEventStep({
      eventName: MarketplaceOrderEvents.REFUNDED,
      data: transform({ balance, amount, payment }, ({ balance, amount, payment }) => ({
        id: balance.order_id,
        vendor_id: balance.vendor_id,
        order_group_id: balance.order_group_id,
        amount,
        currency_code: balance.currency_code,
        refund_id: (payment as any)?.refunds?.at(-1)?.id ?? null,
      })),
    })
    return amount
  })
  return new WorkflowResponse(transform({ refunded }, ({ refunded }) => ({ refunded_amount: refunded ?? 0 })))
})
