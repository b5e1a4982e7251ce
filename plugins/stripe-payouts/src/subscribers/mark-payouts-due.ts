import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MarketplaceOrderEvents } from "@broadcart/core/contracts/marketplace"
import { orderIdsOfPayment } from "@broadcart/plugin-marketplace"
import { markPayoutsDueWorkflow } from "../workflows/mark-payouts-due"

/** The orders an event concerns: the order itself, or every order paid by a captured payment. */
async function ordersOf(name: string, data: { id: string }, container: SubscriberArgs["container"]): Promise<string[]> {
  return name === "payment.captured" ? orderIdsOfPayment(container, data.id) : [data.id]
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
