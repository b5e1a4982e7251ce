import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { livePayment, toNumber } from "../orders/amounts"
import { checkoutUsage } from "../orders/checkout-usage"

/**
 * Where an unfinished checkout stands. The payment is authorized last, after every other write,
 * so an authorized payment means only the last steps are missing (`finish`); without one the
 * checkout is undone (`undo`). `done`: nothing left to do.
 */
export type HalfDoneCheckout = {
  action: "done" | "finish" | "undo"
  group: { id: string; cart_id: string; currency_code: string }
  orders: { id: string; total: number; vendor_id: string | null; line_item_ids: string[]; has_capture: boolean }[]
  payment: { id: string; captured: boolean; capture_id: string | null } | null
  usage: ReturnType<typeof checkoutUsage>
}

export const loadHalfDoneCheckoutStepId = "load-half-done-checkout"

/**
 * Reads an order group's checkout: its orders (also those created before the crash let them be
 * linked to the group: they carry `metadata.order_group_id`), the cart's payment and promotions.
 */
export const loadHalfDoneCheckoutStep = createStep(loadHalfDoneCheckoutStepId, async ({ order_group_id }: { order_group_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({
    entity: "order_group",
    fields: ["id", "cart_id", "currency_code", "completed_at", "orders.id"],
    filters: { id: order_group_id },
  })
  if (!group || group.completed_at) {
    return new StepResponse<HalfDoneCheckout | null>(null)
  }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const unlinked: { id: string }[] = await knex("order").select("id").whereRaw(`metadata->>'order_group_id' = ?`, [group.id]).whereNull("deleted_at")
  const orderIds = [...new Set([...(group.orders ?? []).filter(Boolean).map((o: any) => o.id), ...unlinked.map((o) => o.id)])]
  const [
    { data: orders },
    {
      data: [cart],
    },
  ] = await Promise.all([
    orderIds.length
      ? query.graph({
          entity: "order",
          fields: ["id", "total", "metadata", "items.id", "transactions.reference"],
          filters: { id: orderIds },
        })
      : Promise.resolve({ data: [] as any[] }),
    query.graph({
      entity: "cart",
      fields: [
        "id",
        "email",
        "customer.id",
        "items.adjustments.*",
        "shipping_methods.adjustments.*",
        "payment_collection.payments.id",
        "payment_collection.payments.canceled_at",
        "payment_collection.payments.captures.id",
      ],
      filters: { id: group.cart_id },
    }),
  ])
  const payment = livePayment(cart?.payment_collection?.payments as any[])
  const checkout: HalfDoneCheckout = {
    action: payment && orders.length ? "finish" : "undo",
    group: { id: group.id, cart_id: group.cart_id, currency_code: group.currency_code },
    orders: orders.map((o: any) => ({
      id: o.id,
      total: toNumber(o.total),
      vendor_id: o.metadata?.vendor_id ?? null,
      line_item_ids: (o.items ?? []).map((i: any) => i.id),
      has_capture: (o.transactions ?? []).some((t: any) => t?.reference === "capture"),
    })),
    payment: payment ? { id: payment.id, captured: !!payment.captures?.length, capture_id: (payment.captures?.[0] as any)?.id ?? null } : null,
    usage: checkoutUsage(cart ?? {}),
  }
  return new StepResponse<HalfDoneCheckout | null>(checkout)
})
