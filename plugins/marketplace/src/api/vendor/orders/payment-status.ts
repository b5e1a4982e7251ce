import { toNumber } from "../../../workflows/orders/amounts"

/** Fields `withGroupPaymentStatus` reads. */
export const groupPaymentFields = ["transactions.amount", "order_group.payment_collection.status"]

/**
 * An order of a split checkout has no payment of its own: its payment status comes from the
 * group's payment and the captures and refunds booked on the order.
 */
export function withGroupPaymentStatus<T extends Record<string, any>>(order: T) {
  const amounts = (order.transactions ?? []).map((t: any) => toNumber(t?.amount))
  const captured = amounts.filter((a: number) => a > 0).reduce((s: number, a: number) => s + a, 0)
  const refunded = -amounts.filter((a: number) => a < 0).reduce((s: number, a: number) => s + a, 0)
  const groupStatus = order.order_group?.payment_collection?.status
  let payment_status = groupStatus === "authorized" || groupStatus === "completed" ? "authorized" : "not_paid"
  if (captured > 0) {
    payment_status =
      refunded >= captured ? "refunded" : refunded > 0 ? "partially_refunded" : captured >= toNumber(order.total) ? "captured" : "partially_captured"
  } else if (groupStatus === "canceled") {
    payment_status = "canceled"
  }
  const { transactions: _t, ...rest } = order
  return { ...rest, payment_status }
}
