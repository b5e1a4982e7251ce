import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { MarketplaceOrderEvents } from "../events"
import { emitVendorOrderEvent } from "./orders/emit-vendor-order-event"

export const deliverVendorOrderWorkflowId = "deliver-vendor-order"

/** Marks a shipped fulfillment delivered and emits marketplace.order.delivered. */
export const deliverVendorOrderWorkflow = createWorkflow(deliverVendorOrderWorkflowId, (input: { order_id: string; fulfillment_id: string }) => {
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ orderId: input.order_id, fulfillmentId: input.fulfillment_id })),
  })
  emitVendorOrderEvent(
    MarketplaceOrderEvents.DELIVERED,
    input,
    transform({ input }, ({ input }) => ({ fulfillment_id: input.fulfillment_id }))
  )
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ fulfillment_id: input.fulfillment_id })))
})
