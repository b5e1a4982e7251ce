import { returnedValue } from "../accept-vendor-return"
import { refundDue } from "../refund-order-balance"

const balance = (over: Partial<Parameters<typeof refundDue>[0]> = {}) => ({
  order_id: "order_1",
  vendor_id: "vend_1",
  order_group_id: "ogrp_1",
  currency_code: "usd",
  canceled: false,
  net_paid: 82,
  pending_difference: -40,
  payment: { id: "pay_1", refundable: 205 },
  ...over,
})

describe("refundDue", () => {
  it("refunds what is owed, within what this order paid and the payment still holds", () => {
    expect(refundDue(balance(), "owed")).toBe(40)
    expect(refundDue(balance(), "all")).toBe(82)
    expect(refundDue(balance({ pending_difference: -500 }), "owed")).toBe(82)
    expect(refundDue(balance({ payment: { id: "pay_1", refundable: 30 } }), "owed")).toBe(30)
    expect(refundDue(balance({ pending_difference: 10 }), "owed")).toBe(0)
    expect(refundDue(balance({ payment: null }), "owed")).toBe(0)
  })

  it("never refunds a return more than its items were paid, ignoring sub-cent rounding", () => {
    expect(refundDue(balance({ pending_difference: -120 }), "owed", 40)).toBe(40)
    expect(refundDue(balance(), "owed", 39.995)).toBe(40)
    expect(refundDue(balance({ pending_difference: -35 }), "owed", 40)).toBe(35)
  })
})

describe("returnedValue", () => {
  it("values returned units at their line's average unit total", () => {
    const items = [
      { id: "item_lamp", quantity: 2, total: 86.4 },
      { id: "item_rug", quantity: 3, total: 100 },
    ]
    expect(returnedValue([{ item_id: "item_lamp", quantity: 1 }], items)).toBeCloseTo(43.2)
    expect(
      returnedValue(
        [
          { item_id: "item_lamp", quantity: 1 },
          { item_id: "item_rug", quantity: 3 },
        ],
        items
      )
    ).toBeCloseTo(143.2)
    expect(returnedValue([{ item_id: "item_gone", quantity: 1 }], items)).toBe(0)
  })
})
