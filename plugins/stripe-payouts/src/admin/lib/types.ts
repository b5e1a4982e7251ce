/** A commission rule; no vendor and no category means the platform default. */
export type CommissionRule = {
  id: string
  vendor_id: string | null
  product_category_id: string | null
  currency_code: string | null
  percentage: number
  fixed_amount: number
  include_tax: boolean
  include_shipping: boolean
  is_active: boolean
  description: string | null
  scope_key: string
  created_at: string
}

/** The plugin's built-in commission, used when no rule matches. */
export type CommissionFallback = {
  percentage: number
  fixed: Record<string, number>
  includeTax: boolean
  includeShipping: boolean
}

export const PAYOUT_STATUSES = ["pending", "due", "processing", "paid", "failed", "canceled"] as const

/** A vendor's payout for one order; amounts in major units. */
export type Payout = {
  id: string
  vendor_id: string
  order_id: string
  order_group_id: string | null
  currency_code: string
  gross_amount: number
  commission_amount: number
  net_amount: number
  refunded_amount: number
  refunded_vendor_amount: number
  refunded_commission_amount: number
  status: (typeof PAYOUT_STATUSES)[number]
  due_at: string | null
  hold_reason: string | null
  transfer_id: string | null
  transfer_amount: number | null
  reversed_amount: number
  attempts: number
  last_error: string | null
  next_attempt_at: string | null
  paid_at: string | null
  created_at: string
  order?: { display_id: number; status: string } | null
}

/** How the commission of one order line (or the shipping) was computed. */
export type CommissionLine = {
  kind: "item" | "shipping"
  line_item_id: string | null
  product_id: string | null
  rule_id: string | null
  quantity: number
  base_amount: number
  percentage: number
  fixed_amount: number
  amount: number
}

/** A refund's effect on a payout: a reduction before transfer, a reversal after. */
export type PayoutAdjustment = {
  id: string
  kind: "reduction" | "reversal" | "external_reversal"
  refund_amount: number
  vendor_amount: number
  commission_amount: number
  status: "pending" | "done" | "failed"
  stripe_reversal_id: string | null
  attempts: number
  last_error: string | null
  next_attempt_at: string | null
  reason: string | null
  created_at: string
}

/** A payout with its lines and adjustments (nested, or beside it in the response). */
export type PayoutDetail = Payout & { lines?: CommissionLine[]; adjustments?: PayoutAdjustment[] }

/** Per-currency totals of the ledger. */
export type PayoutBalance = { currency_code: string; accruing: number; due: number; paid: number; commission: number }
