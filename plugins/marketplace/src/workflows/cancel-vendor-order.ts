import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, cancelValidateOrder, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MarketplaceOrderEvents } from "../events"
import { emitVendorOrderEvent } from "./orders/emit-vendor-order-event"
import { refundOrderBalanceWorkflow } from "./refund-order-balance"

export const cancelVendorOrderWorkflowId = "cancel-vendor-order"

/**
 * Cancels one vendor's order: once Medusa's checks pass, refunds what was captured for that order
 * only (from the group's payment, booked on the order's own), then runs Medusa's cancel workflow,
 * which frees its stock and cancels the order's payment. Refunding first matters: Medusa's cancel
 * would otherwise refund only the order's bookkeeping payment, not the money. The group's other
 * orders and the rest of the payment are left alone.
 */
export const cancelVendorOrderWorkflow = createWorkflow(cancelVendorOrderWorkflowId, (input: { order_id: string; canceled_by?: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "status", "fulfillments.canceled_at"],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "order-to-cancel" })
  cancelValidateOrder({ order: transform({ orders }, ({ orders }) => orders[0]) as any, input })
  const refund = refundOrderBalanceWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      mode: "all" as const,
      created_by: input.canceled_by,
      note: `Order ${input.order_id} canceled`,
    })),
  })
  cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.canceled_by })) })
  emitVendorOrderEvent(MarketplaceOrderEvents.CANCELED, input, refund)
  return new WorkflowResponse(refund)
})
