import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MarketplaceOrderEvents, type MarketplaceOrderEventData } from "@broadcart/core/contracts/marketplace"
import { recordPlacedOrderWorkflow } from "../workflows/record-placed-order"

/** Records a placed order's GMV by platform, vendor, product and source. Buffered: never slows checkout. */
export default async function recordPlacedOrder({ event, container }: SubscriberArgs<MarketplaceOrderEventData>) {
  await recordPlacedOrderWorkflow(container).run({ input: { id: event.data.id, vendor_id: event.data.vendor_id } })
}

export const config: SubscriberConfig = { event: MarketplaceOrderEvents.PLACED }
