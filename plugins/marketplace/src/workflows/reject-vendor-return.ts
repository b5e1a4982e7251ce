import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelReturnWorkflow } from "@medusajs/medusa/core-flows"
import { MarketplaceOrderEvents } from "../events"
import { emitVendorOrderEvent } from "./orders/emit-vendor-order-event"
import { cancelReturnFulfillmentsStep } from "./steps/cancel-return-fulfillments"

export const rejectVendorReturnWorkflowId = "reject-vendor-return"

/** Rejects a return request nothing of which was received yet, with its return shipment; the order stays as it was. */
export const rejectVendorReturnWorkflow = createWorkflow(
  rejectVendorReturnWorkflowId,
  (input: { order_id: string; return_id: string; reason?: string; canceled_by?: string }) => {
    cancelReturnFulfillmentsStep({ return_id: input.return_id })
    cancelReturnWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ return_id: input.return_id, canceled_by: input.canceled_by })),
    })
    emitVendorOrderEvent(
      MarketplaceOrderEvents.RETURN_REJECTED,
      input,
      transform({ input }, ({ input }) => ({ return_id: input.return_id, reason: input.reason ?? null }))
    )
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.return_id })))
  }
)
