import { sumAmounts } from "./amounts"

/**
 * Each order of a split checkout has its own payment collection (Medusa's order<->payment
 * collection link) holding its share of the group's one payment, so Medusa computes the order's
 * payment status and paid total itself. The share is bookkeeping on Medusa's system provider:
 * money only moves on the group's payment, and every capture or refund there is booked on the
 * share of the order it was for.
 */
export const ORDER_SHARE_PROVIDER = "pp_system_default"

/** An amount of a group's payment booked on one order's share. */
export type ShareMovement = { order_id: string; amount: number }

export type OrderShare = { order_id: string; payment_collection_id: string; payment_id: string; captured: number; refunded: number }

/** The live share payment of each order that has one, by order id. */
export async function orderShares(query: any, orderIds: string[]): Promise<Map<string, OrderShare>> {
  if (!orderIds.length) {
    return new Map()
  }
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.id",
      "payment_collections.metadata",
      "payment_collections.payments.id",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.raw_amount",
      "payment_collections.payments.refunds.raw_amount",
    ],
    filters: { id: orderIds },
  })
  const shares = new Map<string, OrderShare>()
  for (const order of data) {
    for (const pc of order.payment_collections ?? []) {
      if (!pc?.metadata?.order_group_id) {
        continue
      }
      const payment = (pc.payments ?? []).find((p: any) => p && !p.canceled_at) ?? pc.payments?.[0]
      if (payment) {
        shares.set(order.id, {
          order_id: order.id,
          payment_collection_id: pc.id,
          payment_id: payment.id,
          captured: sumAmounts(payment.captures),
          refunded: sumAmounts(payment.refunds),
        })
      }
    }
  }
  return shares
}
