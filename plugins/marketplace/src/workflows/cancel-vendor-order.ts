import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { MarketplaceOrderEvents } from "../events"
import { emitVendorOrderEvent } from "./orders/emit-vendor-order-event"
import { refundOrderBalanceWorkflow } from "./refund-order-balance"

export const cancelVendorOrderWorkflowId = "cancel-vendor-order"

/**
 * Cancels one vendor's order with Medusa's cancel workflow (which checks fulfillments and frees
 * its stock reservations), then refunds what was captured for that order only. The group's other
 * orders and the rest of the payment are left alone.
 */
export const cancelVendorOrderWorkflow = createWorkflow(
  cancelVendorOrderWorkflowId,
  (input: { order_id: string; canceled_by?: string }) => {
    cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.canceled_by })) })
    const refund = refundOrderBalanceWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        mode: "all" as const,
        created_by: input.canceled_by,
        note: `Order ${input.order_id} canceled`,
      })),
    })
    emitVendorOrderEvent(MarketplaceOrderEvents.CANCELED, input, refund)
    return new WorkflowResponse(refund)
  }
)
