import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MarketplaceOrderEvents, type MarketplaceOrderEventData } from "@broadcart/core/contracts/marketplace"
import { applyPayoutRefundsWorkflow } from "../workflows/apply-payout-refunds"

type RefundedData = MarketplaceOrderEventData & { amount: number; refund_id?: string | null }

/** Takes a vendor order's refund off its payout, or reverses it from the vendor's transfer. */
export default async function applyOrderRefund({ event, container }: SubscriberArgs<RefundedData>) {
  const { id, amount, refund_id } = event.data
  const key = refund_id ? `refund:${refund_id}` : `refund:${id}:${event.metadata?.eventGroupId ?? Date.now()}`
  await applyPayoutRefundsWorkflow(container).run({
    input: { refunds: [{ order_id: id, key, amount: Number(amount), reason: "Order refund" }] },
  })
}

export const config: SubscriberConfig = { event: MarketplaceOrderEvents.REFUNDED }
