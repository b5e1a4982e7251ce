import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { receiveAndCompleteReturnOrderWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MarketplaceOrderEvents } from "../events"
import { emitVendorOrderEvent } from "./orders/emit-vendor-order-event"
import { refundOrderBalanceWorkflow } from "./refund-order-balance"

export const acceptVendorReturnWorkflowId = "accept-vendor-return"

/**
 * Accepts a customer's return request: receives every requested item back into stock, then
 * refunds what Medusa's order summary says the customer is owed, from the group's payment.
 */
export const acceptVendorReturnWorkflow = createWorkflow(
  acceptVendorReturnWorkflowId,
  (input: { order_id: string; return_id: string; created_by?: string }) => {
    const { data: returns } = useQueryGraphStep({
      entity: "return",
      fields: ["id", "items.item_id", "items.quantity"],
      filters: { id: input.return_id },
    })
    receiveAndCompleteReturnOrderWorkflow.runAsStep({
      input: transform({ input, returns }, ({ input, returns }) => ({
        return_id: input.return_id,
        created_by: input.created_by,
        items: (returns[0]?.items ?? []).map((i: any) => ({ id: i.item_id, quantity: i.quantity })),
      })),
    })
    const refund = refundOrderBalanceWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        mode: "owed" as const,
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
