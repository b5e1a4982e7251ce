import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { receiveAndCompleteReturnOrderWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MarketplaceOrderEvents } from "../events"
import { emitVendorOrderEvent } from "./orders/emit-vendor-order-event"
import { refundOrderBalanceWorkflow } from "./refund-order-balance"
import { toNumber } from "./orders/amounts"

export const acceptVendorReturnWorkflowId = "accept-vendor-return"

/** What the returned items were paid, at their line's average unit total (tax in, discounts out). */
export function returnedValue(returned: { item_id: string; quantity: unknown }[], items: { id: string; quantity: unknown; total: unknown }[]) {
  const byId = new Map(items.map((i) => [i.id, i]))
  return returned.reduce((sum, r) => {
    const item = byId.get(r.item_id)
    const quantity = toNumber(item?.quantity)
    return sum + (quantity > 0 ? (toNumber(item!.total) / quantity) * toNumber(r.quantity) : 0)
  }, 0)
}

/**
 * Accepts a customer's return request: receives every requested item back into stock, then
 * refunds what Medusa's order summary says the customer is owed, from the group's payment, but
 * never more than the returned items were paid.
 */
export const acceptVendorReturnWorkflow = createWorkflow(
  acceptVendorReturnWorkflowId,
  (input: { order_id: string; return_id: string; created_by?: string }) => {
    const { data: returns } = useQueryGraphStep({
      entity: "return",
      fields: ["id", "items.item_id", "items.quantity"],
      filters: { id: input.return_id },
    })
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      // "total" makes the order module compute totals, the items' too.
      fields: ["id", "total", "items.id", "items.quantity", "items.total"],
      filters: { id: input.order_id },
    }).config({ name: "returned-order-items" })
    receiveAndCompleteReturnOrderWorkflow.runAsStep({
      input: transform({ input, returns }, ({ input, returns }) => ({
        return_id: input.return_id,
        created_by: input.created_by,
        items: (returns[0]?.items ?? []).map((i: any) => ({ id: i.item_id, quantity: i.quantity })),
      })),
    })
    const refund = refundOrderBalanceWorkflow.runAsStep({
      input: transform({ input, returns, orders }, ({ input, returns, orders }) => ({
        order_id: input.order_id,
        mode: "owed" as const,
        max: returnedValue(returns[0]?.items ?? [], orders[0]?.items ?? []),
        created_by: input.created_by,
        note: `Return ${input.return_id} accepted`,
      })),
    })
    emitVendorOrderEvent(
      MarketplaceOrderEvents.RETURN_ACCEPTED,
      input,
      transform({ input, refund }, ({ input, refund }) => ({ return_id: input.return_id, ...refund }))
    )
    return new WorkflowResponse(refund)
  }
)
