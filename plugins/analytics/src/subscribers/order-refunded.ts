import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MarketplaceOrderEvents, type MarketplaceOrderEventData } from "@broadcart/core/contracts/marketplace"
import { Entity, Metric } from "../lib/series"
import { timeSeries } from "../lib/store"

type Refunded = MarketplaceOrderEventData & { amount: number; currency_code: string; refund_id?: string | null }

/** Records refunds for the platform and the order's vendor. */
export default async function recordRefund({ event, container }: SubscriberArgs<Refunded>) {
  const { vendor_id, amount, currency_code, refund_id } = event.data
  const ts = new Date()
  const owners = [Entity.platform, ...(vendor_id ? [Entity.vendor(vendor_id)] : [])]
  // Ids from the refund, so a redelivered event counts once.
  const points = owners.map((entity) => ({ entity, metric: Metric.refunds(currency_code), ts, value: Number(amount) }))
  timeSeries(container).record(refund_id ? points.map((p, i) => ({ ...p, id: `${refund_id}:${i}` })) : points)
}

export const config: SubscriberConfig = { event: MarketplaceOrderEvents.REFUNDED }
