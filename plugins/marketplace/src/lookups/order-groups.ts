import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Scope } from "./scope"

/** A payment of an order group's payment collection, with the fields asked for. */
export type OrderGroupPayment = { id: string } & Record<string, any>

/**
 * The payments of each order group (the one payment collection a split checkout pays through),
 * with `fields` of each payment (e.g. `data`, `canceled_at`, `refunds.amount`); [] for an unknown group.
 */
export async function paymentsOfOrderGroups(scope: Scope, groupIds: string[], fields: string[]): Promise<Record<string, OrderGroupPayment[]>> {
  const payments: Record<string, OrderGroupPayment[]> = Object.fromEntries(groupIds.map((id) => [id, []]))
  if (!groupIds.length) {
    return payments
  }
  const { data: groups } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order_group",
    fields: ["id", "payment_collection.payments.id", ...fields.map((f) => `payment_collection.payments.${f}`)],
    filters: { id: [...new Set(groupIds)] },
  })
  for (const group of groups as any[]) {
    payments[group.id] = (group.payment_collection?.payments ?? []).filter(Boolean)
  }
  return payments
}

/** Ids of the vendors' orders a payment paid for (the orders of its order group); [] for any other payment. */
export async function orderIdsOfPayment(scope: Scope, paymentId: string): Promise<string[]> {
  const {
    data: [payment],
  } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["id", "payment_collection.order_group.orders.id"],
    filters: { id: paymentId },
  })
  return ((payment as any)?.payment_collection?.order_group?.orders ?? []).filter(Boolean).map((o: any) => o.id)
}
