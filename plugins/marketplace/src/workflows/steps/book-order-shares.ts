import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orderShares } from "../orders/order-payments"

export type ShareMovement = { order_id: string; amount: number }

export const captureOrderSharesStepId = "capture-order-shares"

/**
 * Books what the group's payment captured on each order's own payment. Like Medusa's capture,
 * a capture is not undone (the money moved).
 */
export const captureOrderSharesStep = createStep(captureOrderSharesStepId, async (dues: ShareMovement[], { container }) => {
  const shares = await orderShares(container.resolve(ContainerRegistrationKeys.QUERY), dues.map((d) => d.order_id))
  const payments = container.resolve(Modules.PAYMENT)
  for (const due of dues) {
    const share = shares.get(due.order_id)
    if (share && due.amount > 0) {
      await payments.capturePayment({ payment_id: share.payment_id, amount: due.amount })
    }
  }
  return new StepResponse(undefined)
})

export const refundOrderShareStepId = "refund-order-share"

/** Books a refund of the group's payment on the order's own payment, never beyond what it holds. */
export const refundOrderShareStep = createStep(
  refundOrderShareStepId,
  async (input: ShareMovement & { created_by?: string; note?: string }, { container }) => {
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
  }
)
