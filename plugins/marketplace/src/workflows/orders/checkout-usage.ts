/** What Medusa's registerUsageStep needs to count a cart's promotions as used. */
export const checkoutUsage = (cart: any) => ({
  computedActions: [...(cart.items ?? []), ...(cart.shipping_methods ?? [])]
    .flatMap((line: any) => line.adjustments ?? [])
    .map((adj: any) => ({ amount: adj.amount, code: adj.code })),
  registrationContext: { customer_id: cart.customer?.id || null, customer_email: cart.email || null },
})
