import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MarketplaceOrderEvents } from "@broadcart/core/contracts/marketplace"
import { markPayoutsDueWorkflow } from "../workflows/mark-payouts-due"

/** The orders an event concerns: the order itself, or every order paid by a captured payment. */
async function ordersOf(name: string, data: { id: string }, container: SubscriberArgs["container"]): Promise<string[]> {
  if (name !== "payment.captured") {
    return [data.id]
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [payment] } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order_group.orders.id"],
    filters: { id: data.id },
  })
  return ((payment as any)?.payment_collection?.order_group?.orders ?? []).filter(Boolean).map((o: any) => o.id)
}

/** Re-checks payouts when money is captured or an order is fulfilled or canceled. */
export default async function markPayoutsDue({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderIds = await ordersOf(event.name, event.data, container)
  if (orderIds.length) {
    await markPayoutsDueWorkflow(container).run({ input: { order_ids: orderIds } })
  }
}

export const config: SubscriberConfig = {
  event: ["payment.captured", MarketplaceOrderEvents.FULFILLED, MarketplaceOrderEvents.DELIVERED, MarketplaceOrderEvents.CANCELED],
}
