import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TimePoint } from "@broadcart/time-series/types"
import { Entity, Metric } from "../providers/time-series/names"
import { recordPointsStep } from "./steps/record-points"

export type RefundForAnalytics = { vendor_id: string | null; amount: number; currency_code: string; refund_id?: string | null }

/** A refund for the platform and the order's vendor; ids from the refund, so a redelivered event counts once. */
function refundPoints({ vendor_id, amount, currency_code, refund_id }: RefundForAnalytics, ts: Date): TimePoint[] {
  const owners = [Entity.platform, ...(vendor_id ? [Entity.vendor(vendor_id)] : [])]
  const points = owners.map((entity) => ({ entity, metric: Metric.refunds(currency_code), ts, value: Number(amount) }))
  return refund_id ? points.map((p, i) => ({ ...p, id: `${refund_id}:${i}` })) : points
}

export const recordRefundWorkflowId = "record-refund-analytics"

/** Records a refund for the platform and the order's vendor. */
export const recordRefundWorkflow = createWorkflow(recordRefundWorkflowId, (input: RefundForAnalytics) => {
  return new WorkflowResponse(recordPointsStep(transform({ input }, ({ input }) => refundPoints(input, new Date()))))
})
