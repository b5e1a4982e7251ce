import { computeCommission, pickRule, type RuleLike } from "../utils/commission"
import { proportionalStep, toMinor, fromMinor } from "../utils/money"

const rule = (over: Partial<RuleLike>): RuleLike => ({
  id: "r",
  vendor_id: null,
  product_category_id: null,
  currency_code: null,
  percentage: 10,
  fixed_amount: 0,
  include_tax: false,
  include_shipping: false,
  ...over,
})
const fallback = rule({ id: null, percentage: 5 })

describe("pickRule", () => {
  const rules = [
    rule({ id: "default", percentage: 10 }),
    rule({ id: "vendor", vendor_id: "v1", percentage: 8 }),
    rule({ id: "category", product_category_id: "shoes", percentage: 15 }),
    rule({ id: "vendor-category", vendor_id: "v1", product_category_id: "shoes", percentage: 12 }),
    rule({ id: "vendor-eur", vendor_id: "v1", currency_code: "eur", percentage: 7 }),
    rule({ id: "off", vendor_id: "v2", percentage: 1, is_active: false }),
  ]

  it("takes the most specific rule that matches", () => {
    expect(pickRule(rules, "v1", "usd", ["shoes"])?.id).toBe("vendor-category")
    expect(pickRule(rules, "v2", "usd", ["shoes"])?.id).toBe("category")
    expect(pickRule(rules, "v1", "usd", ["hats"])?.id).toBe("vendor")
    expect(pickRule(rules, "v1", "eur", ["hats"])?.id).toBe("vendor-eur")
    expect(pickRule(rules, "v3", "usd", [])?.id).toBe("default")
  })

  it("ignores inactive rules and other vendors' rules", () => {
    expect(pickRule(rules, "v2", "usd", [])?.id).toBe("default")
    expect(pickRule([rules[1]], "v2", "usd", [])).toBeUndefined()
  })
})

describe("computeCommission", () => {
  const order = {
    vendor_id: "v1",
    currency_code: "usd",
    items: [
      { id: "li_1", product_id: "p1", quantity: 3, total: 33.33, tax_total: 3.03, category_ids: ["shoes"] },
      { id: "li_2", product_id: "p2", quantity: 1, total: 10, tax_total: 0, category_ids: [] },
    ],
    shipping_total: 5,
    shipping_tax_total: 0,
  }

  it("applies percent plus a fixed fee per unit, excluding tax unless asked, rounding to the cent", () => {
    const rules = [rule({ id: "shoes", product_category_id: "shoes", percentage: 12.5, fixed_amount: 0.3, currency_code: "usd" })]
    const { lines, total } = computeCommission(order, rules, fallback)
    // 30.30 * 12.5% = 3.7875 -> 3.79, plus 3 x 0.30
    expect(lines[0]).toMatchObject({ rule_id: "shoes", base_amount: 30.3, amount: 4.69 })
    expect(lines[1]).toMatchObject({ rule_id: null, base_amount: 10, amount: 0.5 })
    expect(lines).toHaveLength(2)
    expect(total).toBe(5.19)
  })

  it("takes commission on tax and shipping when the rule says so, and never more than the base", () => {
    const rules = [rule({ id: "all", vendor_id: "v1", percentage: 10, include_tax: true, include_shipping: true })]
    const { lines, total } = computeCommission(order, rules, fallback)
    expect(lines.map((l) => [l.kind, l.base_amount, l.amount])).toEqual([
      ["item", 33.33, 3.33],
      ["item", 10, 1],
      ["shipping", 5, 0.5],
    ])
    expect(total).toBe(4.83)
    const greedy = [rule({ id: "g", percentage: 100, fixed_amount: 5, currency_code: "usd" })]
    expect(computeCommission(order, greedy, fallback).total).toBe(40.3)
  })

  it("counts zero-decimal currencies in whole units", () => {
    const yen = { ...order, currency_code: "jpy", items: [{ ...order.items[1], total: 1999, tax_total: 0 }] }
    expect(computeCommission(yen, [], rule({ id: null, percentage: 7.5 })).total).toBe(150)
    expect(toMinor(1999, "jpy")).toBe(1999)
    expect(fromMinor(1050, "usd")).toBe(10.5)
  })
})

describe("proportionalStep", () => {
  it("splits partial refunds so that the parts add up to the whole exactly", () => {
    // Net 66.67 of a 100.00 order, refunded in three steps of 33.33, 33.33 and 33.34.
    const steps = [proportionalStep(6667, 0, 3333, 10000), proportionalStep(6667, 3333, 6666, 10000), proportionalStep(6667, 6666, 10000, 10000)]
    expect(steps.reduce((a, b) => a + b, 0)).toBe(6667)
    expect(steps[0]).toBe(2222)
    expect(proportionalStep(6667, 10000, 12000, 10000)).toBe(0)
  })
})
