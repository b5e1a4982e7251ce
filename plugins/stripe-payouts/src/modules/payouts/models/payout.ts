import { model } from "@medusajs/framework/utils"

// A payout and its lines and adjustments refer to each other, so they share a file (no import cycle).

/**
 * What one vendor order earns its vendor: the order total less commission, sent as one Stripe
 * transfer. Refunds reduce it before it is sent, or reverse part of the transfer after.
 */
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "payout" }).primaryKey(),
    vendor_id: model.text(),
    order_id: model.text().unique(),
    order_group_id: model.text().nullable(),
    currency_code: model.text(),
    // The order total, its commission and the vendor's net, as placed.
    gross_amount: model.bigNumber(),
    commission_amount: model.bigNumber(),
    net_amount: model.bigNumber(),
    // Refunds applied so far, and how they split between vendor and platform.
    refunded_amount: model.bigNumber().default(0),
    refunded_vendor_amount: model.bigNumber().default(0),
    refunded_commission_amount: model.bigNumber().default(0),
    // pending: not due yet; due: waits for due_at and an active account; processing: being sent.
    status: model.enum(["pending", "due", "processing", "paid", "failed", "canceled"]).default("pending"),
    due_at: model.dateTime().nullable(),
    // Why a due payout is not being sent (e.g. the account is not active), shown in the ledger.
    hold_reason: model.text().nullable(),
    // The charge the transfer draws from (Stripe `source_transaction`).
    source_transaction: model.text().nullable(),
    // Idempotency key and amount of the transfer being sent; kept until Stripe answers for sure.
    transfer_key: model.text().nullable(),
    transfer_amount: model.bigNumber().nullable(),
    transfer_id: model.text().nullable(),
    reversed_amount: model.bigNumber().default(0),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    next_attempt_at: model.dateTime().nullable(),
    // When a job run took it; a stale claim means that run died and it may be taken again.
    claimed_at: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    lines: model.hasMany(() => CommissionLine, { mappedBy: "payout" }),
    adjustments: model.hasMany(() => PayoutAdjustment, { mappedBy: "payout" }),
  })
  .cascades({ delete: ["lines", "adjustments"] })
  .indexes([{ on: ["vendor_id"] }, { on: ["status", "due_at"] }, { on: ["order_group_id"] }])

/** Commission on one order line (or on the order's shipping), frozen when the order was placed. */
export const CommissionLine = model.define("commission_line", {
  id: model.id({ prefix: "comline" }).primaryKey(),
  payout: model.belongsTo(() => Payout, { mappedBy: "lines" }),
  kind: model.enum(["item", "shipping"]),
  line_item_id: model.text().nullable(),
  product_id: model.text().nullable(),
  // The rule applied; null when the plugin's default commission applied.
  rule_id: model.text().nullable(),
  quantity: model.number().default(1),
  // What commission was taken on (with or without tax, per the rule).
  base_amount: model.bigNumber(),
  percentage: model.bigNumber(),
  fixed_amount: model.bigNumber(),
  amount: model.bigNumber(),
})

/**
 * A refund's effect on a payout: the vendor's share is taken off the unsent payout (reduction)
 * or reversed from the sent transfer (reversal); the rest comes off the commission.
 */
export const PayoutAdjustment = model.define("payout_adjustment", {
  id: model.id({ prefix: "padj" }).primaryKey(),
  payout: model.belongsTo(() => Payout, { mappedBy: "adjustments" }),
  // Identifies the refund it applies (e.g. refund:<id>), so one refund is applied once.
  key: model.text().unique(),
  kind: model.enum(["reduction", "reversal", "external_reversal"]),
  refund_amount: model.bigNumber(),
  vendor_amount: model.bigNumber(),
  commission_amount: model.bigNumber(),
  status: model.enum(["pending", "done", "failed"]).default("pending"),
  stripe_reversal_id: model.text().nullable(),
  attempts: model.number().default(0),
  last_error: model.text().nullable(),
  next_attempt_at: model.dateTime().nullable(),
  reason: model.text().nullable(),
})
