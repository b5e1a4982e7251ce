import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addOrderTransactionStep, capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { loadGroupCaptureStep } from "./steps/load-group-capture"

export const captureOrderGroupWorkflowId = "capture-order-group"

/**
 * Captures a split checkout's payment for what its live orders still owe (canceled orders and
 * accepted returns are left out) and books each order's share on that order.
 */
export const captureOrderGroupWorkflow = createWorkflow(
  captureOrderGroupWorkflowId,
  (input: { order_group_id: string; captured_by?: string }) => {
    const capture = loadGroupCaptureStep(input)
    const payment = capturePaymentWorkflow.runAsStep({
      input: transform({ capture, input }, ({ capture, input }) => ({
        payment_id: capture.payment_id,
        amount: capture.amount,
        captured_by: input.captured_by,
      })),
    })
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
