/** Ledger fields of a payout in lists. */
export const payoutListFields = [
  "id",
  "vendor_id",
  "order_id",
  "order_group_id",
  "currency_code",
  "gross_amount",
  "commission_amount",
  "net_amount",
  "refunded_amount",
  "refunded_vendor_amount",
  "refunded_commission_amount",
  "status",
  "due_at",
  "hold_reason",
  "transfer_id",
  "transfer_amount",
  "reversed_amount",
  "attempts",
  "last_error",
  "next_attempt_at",
  "paid_at",
  "created_at",
  "updated_at",
  "order.display_id",
  "order.status",
]

/** A payout with its commission lines and refund adjustments. */
export const payoutDetailFields = [...payoutListFields, "source_transaction", "lines.*", "adjustments.*"]

/** GET /admin/payouts */
export const listPayoutsQueryConfig = { defaults: payoutListFields, isList: true }

/** GET /admin/payouts/:id */
export const retrievePayoutQueryConfig = { defaults: payoutDetailFields, isList: false }
