import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MarketplaceOrderEvents, type MarketplaceOrderEventData } from "@broadcart/core"
import { Entity, Metric } from "../lib/series"
import { timeSeries } from "../lib/store"

type Refunded = MarketplaceOrderEventData & { amount: number; currency_code: string }

/** Records refunds for the platform and the order's vendor. */
export default async function recordRefund({ event, container }: SubscriberArgs<Refunded>) {
  const { vendor_id, amount, currency_code } = event.data
  const ts = new Date()
  const owners = [Entity.platform, ...(vendor_id ? [Entity.vendor(vendor_id)] : [])]
  timeSeries(container).record(owners.map((entity) => ({ entity, metric: Metric.refunds(currency_code), ts, value: Number(amount) })))
}

export const config: SubscriberConfig = { event: MarketplaceOrderEvents.REFUNDED }
