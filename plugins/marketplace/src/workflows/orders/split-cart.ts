import { OrderStatus } from "@medusajs/framework/utils"
import { toNumber } from "./amounts"
import { prepareAdjustmentsData, prepareLineItemData, prepareTaxLinesData } from "./core-internals"

/** One vendor's part of a cart, ready for `createOrdersStep`. `vendor_id` null is the platform's own items. */
export type VendorOrderInput = { vendor_id: string | null; order: Record<string, any> }

/**
 * Splits `total` into parts proportional to `weights`, in hundredths, so the parts always add up
 * to exactly `total` (largest remainder goes first).
 */
export function allocate(total: number, weights: number[]): number[] {
  const cents = Math.round(total * 100)
  const sum = weights.reduce((a, b) => a + b, 0)
  if (!sum) {
    return weights.map((_, i) => (i === 0 ? total : 0))
  }
  const exact = weights.map((w) => (cents * w) / sum)
  const parts = exact.map(Math.floor)
  let left = cents - parts.reduce((a, b) => a + b, 0)
  const byRemainder = exact.map((e, i) => [e - parts[i], i] as const).sort((a, b) => b[0] - a[0])
  for (const [, i] of byRemainder) {
    if (left-- <= 0) {
      break
    }
    parts[i] += 1
  }
  return parts.map((p) => p / 100)
}

const withoutId = (address: Record<string, unknown> | null | undefined) => {
  if (!address) {
    return null
  }
  const { id: _id, ...rest } = address
  return rest
}

/**
 * Groups a cart's items by vendor, one order each. Items carry their own prices, taxes and
 * discounts. Shipping methods and credit lines are shared by the checkout, so each is divided
 * among the orders in proportion to their item value, to the cent: the orders add up to the cart.
 */
export function splitCartByVendor(cart: any, vendorByProduct: Record<string, string>): VendorOrderInput[] {
  const buckets = new Map<string | null, any[]>()
  for (const item of cart.items ?? []) {
    const vendorId = vendorByProduct[item.product_id ?? item.variant?.product?.id] ?? null
    buckets.set(vendorId, [...(buckets.get(vendorId) ?? []), item])
  }
  const parts = [...buckets.entries()].sort(([a], [b]) => String(a).localeCompare(String(b)))
  const weights = parts.map(([, items]) => items.reduce((sum, item) => sum + toNumber(item.unit_price) * toNumber(item.quantity), 0))
  const shippingShares = (cart.shipping_methods ?? []).map((sm: any) => ({
    amounts: allocate(toNumber(sm.raw_amount ?? sm.amount), weights),
    adjustments: (sm.adjustments ?? []).map((adj: any) => allocate(toNumber(adj.raw_amount ?? adj.amount), weights)),
  }))
  const creditShares = (cart.credit_lines ?? []).map((cl: any) => allocate(toNumber(cl.raw_amount ?? cl.amount), weights))

  return parts.map(([vendorId, items], index) => {
    const orderItems = items.map((item) =>
      prepareLineItemData({
        item,
        variant: item.variant,
        cartId: cart.id,
        unitPrice: item.unit_price,
        isTaxInclusive: item.is_tax_inclusive,
        taxLines: item.tax_lines ?? [],
        adjustments: item.adjustments ?? [],
      })
    )
    const shippingMethods = (cart.shipping_methods ?? []).map((sm: any, i: number) => ({
      name: sm.name,
      description: sm.description,
      amount: shippingShares[i].amounts[index],
      is_tax_inclusive: sm.is_tax_inclusive,
      shipping_option_id: sm.shipping_option_id,
      data: sm.data,
      metadata: sm.metadata,
      tax_lines: prepareTaxLinesData(sm.tax_lines ?? []),
      adjustments: prepareAdjustmentsData((sm.adjustments ?? []).map((adj: any, j: number) => ({ ...adj, amount: shippingShares[i].adjustments[j][index] }))),
    }))
    const promoCodes = [...orderItems, ...shippingMethods]
      .flatMap((line: any) => line.adjustments ?? [])
      .map((adj: any) => adj.code)
      .filter(Boolean)
    return {
      vendor_id: vendorId,
      order: {
        region_id: cart.region?.id,
        customer_id: cart.customer?.id,
        sales_channel_id: cart.sales_channel_id,
        status: OrderStatus.PENDING,
        email: cart.email,
        currency_code: cart.currency_code,
        locale: cart.locale,
        shipping_address: withoutId(cart.shipping_address),
        billing_address: withoutId(cart.billing_address),
        no_notification: false,
        items: orderItems,
        shipping_methods: shippingMethods,
        metadata: { ...(cart.metadata ?? {}), vendor_id: vendorId },
        promo_codes: [...new Set(promoCodes)],
        credit_lines: (cart.credit_lines ?? []).map((cl: any, i: number) => ({
          amount: creditShares[i][index],
          reference: cl.reference,
          reference_id: cl.reference_id,
          metadata: cl.metadata,
        })),
      },
    }
  })
}
