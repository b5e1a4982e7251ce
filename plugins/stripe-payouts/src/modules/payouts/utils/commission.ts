import { toMinor, fromMinor } from "./money"

/** The fields of a commission rule that decide whether and how it applies. */
export type RuleLike = {
  id: string | null
  vendor_id: string | null
  product_category_id: string | null
  currency_code: string | null
  percentage: number
  fixed_amount: number
  include_tax: boolean
  include_shipping: boolean
  is_active?: boolean
}

export type OrderForCommission = {
  vendor_id: string
  currency_code: string
  items: {
    id: string
    product_id: string | null
    quantity: number
    total: number
    tax_total: number
    category_ids: string[]
  }[]
  shipping_total: number
  shipping_tax_total: number
}

export type CommissionLineInput = {
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

/** How specific a rule is: vendor and category together beat category, which beats vendor, then default. */
function specificity(rule: RuleLike): number {
  return (rule.product_category_id ? 4 : 0) + (rule.vendor_id ? 2 : 0) + (rule.currency_code ? 1 : 0)
}

/** The most specific active rule that applies to a product of this vendor in these categories. */
export function pickRule(rules: RuleLike[], vendorId: string, currency: string, categoryIds: string[] | null): RuleLike | undefined {
  return rules
    .filter(
      (r) =>
        r.is_active !== false &&
        (!r.vendor_id || r.vendor_id === vendorId) &&
        (!r.currency_code || r.currency_code === currency) &&
        (!r.product_category_id || (categoryIds?.includes(r.product_category_id) ?? false))
    )
    .sort((a, b) => specificity(b) - specificity(a) || String(a.id).localeCompare(String(b.id)))[0]
}

/** Commission in minor units on a base: a percentage plus a fixed fee per unit, never above the base. */
function commissionMinor(baseMinor: number, rule: RuleLike, quantity: number, currency: string): number {
  const percent = Math.round((baseMinor * rule.percentage) / 100)
  const fixed = toMinor(rule.fixed_amount, currency) * quantity
  return Math.max(0, Math.min(baseMinor, percent + fixed))
}

/**
 * Commission lines for one vendor order: one per item, by the most specific rule for its product,
 * plus one for shipping when the vendor's (or default) rule takes commission on shipping.
 */
export function computeCommission(order: OrderForCommission, rules: RuleLike[], fallback: RuleLike) {
  const currency = order.currency_code
  const lines: CommissionLineInput[] = []
  for (const item of order.items) {
    const rule = pickRule(rules, order.vendor_id, currency, item.category_ids) ?? fallback
    const base = rule.include_tax ? item.total : item.total - item.tax_total
    const baseMinor = toMinor(base, currency)
    lines.push({
      kind: "item",
      line_item_id: item.id,
      product_id: item.product_id,
      rule_id: rule.id,
      quantity: item.quantity,
      base_amount: fromMinor(baseMinor, currency),
      percentage: rule.percentage,
      fixed_amount: rule.fixed_amount,
      amount: fromMinor(commissionMinor(baseMinor, rule, item.quantity, currency), currency),
    })
  }
  const shippingRule = pickRule(rules, order.vendor_id, currency, null) ?? fallback
  const shippingBase = shippingRule.include_tax ? order.shipping_total : order.shipping_total - order.shipping_tax_total
  if (shippingRule.include_shipping && shippingBase > 0) {
    const baseMinor = toMinor(shippingBase, currency)
    const noFixedFee = { ...shippingRule, fixed_amount: 0 }
    lines.push({
      kind: "shipping",
      line_item_id: null,
      product_id: null,
      rule_id: shippingRule.id,
      quantity: 1,
      base_amount: fromMinor(baseMinor, currency),
      percentage: shippingRule.percentage,
      fixed_amount: 0,
      amount: fromMinor(commissionMinor(baseMinor, noFixedFee, 1, currency), currency),
    })
  }
  const totalMinor = lines.reduce((sum, l) => sum + toMinor(l.amount, currency), 0)
  return { lines, total: fromMinor(totalMinor, currency) }
}
