import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeCommission } from "../modules/payouts/utils/commission"
import { fromMinor, toMinor } from "../modules/payouts/utils/money"
import { loadOrderCommissionInputStep } from "./steps/load-order-commission-input"
import { createPayoutStep } from "./steps/create-payout"

export const recordOrderCommissionWorkflowId = "record-order-commission"

/**
 * At order placement: works out the commission on each line of a vendor order by the rules in force
 * now, and opens the vendor's payout of order total less commission. Runs once per order.
 */
export const recordOrderCommissionWorkflow = createWorkflow(
  recordOrderCommissionWorkflowId,
  (input: { order_id: string; vendor_id: string; order_group_id: string | null }) => {
    const data = loadOrderCommissionInputStep(input)
    const payout = transform({ data }, ({ data }) => {
      const { order, rules, fallback } = data
      const { lines, total } = computeCommission(order, rules, fallback)
      const currency = order.currency_code
      const commission = Math.min(toMinor(total, currency), toMinor(order.total, currency))
      return {
        vendor_id: order.vendor_id,
        order_id: order.id,
        order_group_id: order.order_group_id,
        currency_code: currency,
        gross_amount: order.total,
        commission_amount: fromMinor(commission, currency),
        net_amount: fromMinor(toMinor(order.total, currency) - commission, currency),
        lines,
      }
    })
    return new WorkflowResponse(createPayoutStep(payout))
  }
)
