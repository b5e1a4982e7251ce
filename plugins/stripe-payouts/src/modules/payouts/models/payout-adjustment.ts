import { model } from "@medusajs/framework/utils"
import { Payout } from "./payout"

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
