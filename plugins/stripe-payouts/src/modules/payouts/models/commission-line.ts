import { model } from "@medusajs/framework/utils"
import { Payout } from "./payout"

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
