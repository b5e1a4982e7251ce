import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addOrderTransactionStep, capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { loadGroupCaptureStep } from "./steps/load-group-capture"
import { captureOrderSharesStep } from "./steps/capture-order-shares"

export const captureOrderGroupWorkflowId = "capture-order-group"

/**
 * Captures a split checkout's payment for what its live orders (or only `order_ids`) still owe
 * (canceled orders and accepted returns are left out) and books each order's share on that order:
 * on its own payment and as an order transaction.
 */
export const captureOrderGroupWorkflow = createWorkflow(
  captureOrderGroupWorkflowId,
  (input: { order_group_id: string; order_ids?: string[]; max?: number; captured_by?: string }) => {
    const capture = loadGroupCaptureStep(input)
    const payment = capturePaymentWorkflow.runAsStep({
      input: transform({ capture, input }, ({ capture, input }) => ({
        payment_id: capture.payment_id,
        amount: capture.amount,
        captured_by: input.captured_by,
      })),
    })
    captureOrderSharesStep(transform({ capture }, ({ capture }) => capture.dues))
    addOrderTransactionStep(
      transform({ capture, payment }, ({ capture, payment }) =>
        capture.dues.map((due) => ({
          order_id: due.order_id,
          amount: due.amount,
          currency_code: capture.currency_code,
          reference: "capture",
          reference_id: (payment as any)?.captures?.at(-1)?.id ?? capture.payment_id,
        }))
      )
    )
    return new WorkflowResponse(capture)
  }
)
