import { allocate, splitCartByVendor } from "../split-cart"

describe("allocate", () => {
  it("splits to the cent in proportion and always adds up to the total", () => {
    expect(allocate(10, [1, 1, 1])).toEqual([3.34, 3.33, 3.33])
    expect(allocate(5, [80, 120])).toEqual([2, 3])
    expect(allocate(0.01, [1, 1])).toEqual([0.01, 0])
    for (const [total, weights] of [
      [9.99, [3, 7, 11]],
      [1234.56, [0.5, 0.25, 0.25]],
      [7, [1, 2]],
    ] as const) {
      const parts = allocate(total, [...weights])
      expect(Math.round(parts.reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(total * 100))
    }
  })

  it("gives everything to the first part when no part has weight", () => {
    expect(allocate(4, [0, 0])).toEqual([4, 0])
  })
})

describe("splitCartByVendor", () => {
  const item = (id: string, product: string, unit: number, qty: number) => ({
    id,
    product_id: product,
    quantity: qty,
    unit_price: unit,
    title: id,
    variant: { id: `v_${id}`, product: { id: product } },
    tax_lines: [{ rate: 10, code: "TAX", description: "Tax" }],
    adjustments: [],
  })
  const cart = {
    id: "cart_1",
    currency_code: "usd",
    email: "b@x.test",
    customer: { id: "cus_1" },
    region: { id: "reg_1" },
    sales_channel_id: "sc_1",
    shipping_address: { id: "addr_1", city: "NYC" },
    items: [item("a1", "prod_a", 40, 2), item("b1", "prod_b", 120, 1), item("p1", "prod_platform", 40, 1)],
    shipping_methods: [{ name: "Standard", amount: 5, shipping_option_id: "so_1", tax_lines: [], adjustments: [] }],
    metadata: { stream_id: "lstr_1" },
  }

  it("makes one order per vendor, plus one for items no vendor owns, sharing shipping by item value", () => {
    const parts = splitCartByVendor(cart, { prod_a: "vend_a", prod_b: "vend_b" })
    expect(parts.map((p) => p.vendor_id)).toEqual([null, "vend_a", "vend_b"])
    expect(parts.map((p) => p.order.items.map((i: any) => i.title))).toEqual([["p1"], ["a1"], ["b1"]])
    expect(parts.map((p) => p.order.shipping_methods[0].amount)).toEqual([0.83, 1.67, 2.5])
    for (const { vendor_id, order } of parts) {
      expect(order).toMatchObject({ customer_id: "cus_1", region_id: "reg_1", currency_code: "usd", shipping_address: { city: "NYC" } })
      expect(order.shipping_address.id).toBeUndefined()
      expect(order.metadata).toEqual({ stream_id: "lstr_1", vendor_id })
      expect(order.items[0].tax_lines[0].rate).toBe(10)
    }
  })
})
