/**
 * Events the marketplace plugin emits about vendors' orders, shared here because payouts and
 * analytics subscribe to them. Each payload carries `id` (the order),
 * `vendor_id` and `order_group_id`, so payouts and analytics need no lookup to attribute it.
 */
export const MarketplaceOrderEvents = {
  /** Also emitted under Medusa's own name, `order.placed`, with the same payload. */
  PLACED: "marketplace.order.placed",
  GROUP_PLACED: "order_group.placed",
  FULFILLED: "marketplace.order.fulfilled",
  SHIPPED: "marketplace.order.shipped",
  DELIVERED: "marketplace.order.delivered",
  CANCELED: "marketplace.order.canceled",
  RETURN_ACCEPTED: "marketplace.order.return_accepted",
  RETURN_REJECTED: "marketplace.order.return_rejected",
  /** Also carries `amount`, `currency_code` and `refund_id`. */
  REFUNDED: "marketplace.order.refunded",
} as const

export type MarketplaceOrderEventData = {
  id: string
  vendor_id: string | null
  order_group_id: string | null
  [extra: string]: unknown
}

/** The signed-in vendor member, set on `/vendor/*` requests by the marketplace plugin. */
export type VendorContext = {
  vendor_id: string
  member_id: string
  role: "owner" | "admin" | "staff"
  status: "pending" | "active" | "suspended"
}

/** A request under `/vendor/*`, after the marketplace has resolved the member's vendor. */
export type VendorRequest<Body = unknown> = import("@medusajs/framework/http").AuthenticatedMedusaRequest<Body> & {
  vendor: VendorContext
}
