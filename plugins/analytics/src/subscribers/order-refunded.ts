import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MarketplaceOrderEvents, type MarketplaceOrderEventData } from "@broadcart/core/contracts/marketplace"
import { recordRefundWorkflow } from "../workflows/record-refund"

type Refunded = MarketplaceOrderEventData & { amount: number; currency_code: string; refund_id?: string | null }

/** Records refunds for the platform and the order's vendor. */
export default async function recordRefund({ event, container }: SubscriberArgs<Refunded>) {
  const { vendor_id, amount, currency_code, refund_id } = event.data
  await recordRefundWorkflow(container).run({ input: { vendor_id, amount, currency_code, refund_id } })
}

export const config: SubscriberConfig = { event: MarketplaceOrderEvents.REFUNDED }
