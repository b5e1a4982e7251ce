import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MarketplaceOrderEvents, type MarketplaceOrderEventData } from "@broadcart/core/contracts/marketplace"
import { toNumber } from "@broadcart/core/money"
import { orderPoints } from "../lib/order-points"
import { timeSeries } from "../lib/store"

/** Records a placed order's GMV by platform, vendor, product and source. Buffered: never slows checkout. */
export default async function recordPlacedOrder({ event, container }: SubscriberArgs<MarketplaceOrderEventData>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "currency_code", "total", "created_at", "items.product_id", "items.quantity", "items.total", "items.metadata"],
    filters: { id: event.data.id },
  })
  if (!order) {
    return
  }
  timeSeries(container).record(
    orderPoints({
      id: order.id,
      vendor_id: event.data.vendor_id,
      currency_code: order.currency_code,
      total: toNumber(order.total),
      created_at: new Date(order.created_at as any),
      items: (order.items ?? []).filter(Boolean).map((i: any) => ({
        product_id: i.product_id ?? null,
        quantity: toNumber(i.quantity),
        total: toNumber(i.total),
        metadata: i.metadata ?? null,
      })),
    })
  )
}

export const config: SubscriberConfig = { event: MarketplaceOrderEvents.PLACED }
