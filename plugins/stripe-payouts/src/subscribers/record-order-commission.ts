import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MarketplaceOrderEvents, type MarketplaceOrderEventData } from "@broadcart/core/contracts/marketplace"
import { recordOrderCommissionWorkflow } from "../workflows/record-order-commission"
import { markPayoutsDueWorkflow } from "../workflows/mark-payouts-due"

/** Freezes each vendor order's commission and opens its payout as the order is placed. */
export default async function recordOrderCommission({ event, container }: SubscriberArgs<MarketplaceOrderEventData>) {
  const { id, vendor_id, order_group_id } = event.data
  if (!vendor_id) {
    return
  }
  await recordOrderCommissionWorkflow(container).run({ input: { order_id: id, vendor_id, order_group_id } })
  // A payment captured at checkout was captured before this payout existed.
  await markPayoutsDueWorkflow(container).run({ input: { order_ids: [id] } })
}

export const config: SubscriberConfig = { event: MarketplaceOrderEvents.PLACED }
