import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orderShares, type ShareMovement } from "../orders/order-payments"

export const captureOrderSharesStepId = "capture-order-shares"

/**
 * Books what the group's payment captured on each order's own payment. Like Medusa's capture,
 * a capture is not undone (the money moved).
 */
export const captureOrderSharesStep = createStep(captureOrderSharesStepId, async (dues: ShareMovement[], { container }) => {
  const shares = await orderShares(
    container.resolve(ContainerRegistrationKeys.QUERY),
    dues.map((d) => d.order_id)
  )
  const payments = container.resolve(Modules.PAYMENT)
  for (const due of dues) {
    const share = shares.get(due.order_id)
    if (share && due.amount > 0) {
      await payments.capturePayment({ payment_id: share.payment_id, amount: due.amount })
    }
  }
  return new StepResponse(undefined)
})
