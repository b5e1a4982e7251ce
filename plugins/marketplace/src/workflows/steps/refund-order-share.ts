import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orderShares, type ShareMovement } from "../orders/order-payments"

export const refundOrderShareStepId = "refund-order-share"

/** Books a refund of the group's payment on the order's own payment, never beyond what it holds. */
export const refundOrderShareStep = createStep(refundOrderShareStepId, async (input: ShareMovement & { created_by?: string; note?: string }, { container }) => {
  const share = (await orderShares(container.resolve(ContainerRegistrationKeys.QUERY), [input.order_id])).get(input.order_id)
  const amount = share ? Math.min(input.amount, share.captured - share.refunded) : 0
  if (share && amount > 0) {
    await container.resolve(Modules.PAYMENT).refundPayment({
      payment_id: share.payment_id,
      amount,
      created_by: input.created_by,
      note: input.note,
    })
  }
  return new StepResponse(undefined)
})
