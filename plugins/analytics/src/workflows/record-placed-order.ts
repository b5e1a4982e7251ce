import type { TimePoint } from "@broadcart/time-series/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Entity, Metric, sourceOf } from "../providers/time-series/names"
import { loadOrderForAnalyticsStep, type OrderForAnalytics } from "./steps/load-order-for-analytics"
import { recordPointsStep } from "./steps/record-points"

/**
 * The points one placed order adds: GMV and an order for the platform and its vendor; each line's
 * sales per product; and, for lines sold from a stream or video, GMV and an order for that source.
 * Each point's id comes from the order's id, so the order counts once however often it is recorded.
 */
export function orderPoints(order: OrderForAnalytics): TimePoint[] {
  const ts = order.created_at
  const currency = order.currency_code
  const owners = [Entity.platform, ...(order.vendor_id ? [Entity.vendor(order.vendor_id)] : [])]
  const points: TimePoint[] = owners.flatMap((entity) => [
    { entity, metric: Metric.gmv(currency), ts, value: order.total },
    { entity, metric: Metric.orders(currency), ts, value: 1 },
  ])
  const sources = new Map<string, { kind: string; id: string; gmv: number }>()
  for (const item of order.items) {
    if (item.product_id) {
      const dims = { product_id: item.product_id, currency }
      for (const entity of owners) {
        points.push({ entity, metric: Metric.productSales, ts, value: item.total, dims: { ...dims, units: String(item.quantity) } })
      }
      points.push({ entity: Entity.product(item.product_id), metric: Metric.gmv(currency), ts, value: item.total })
    }
    const source = sourceOf(item.metadata)
    if (source) {
      const key = `${source.kind}:${source.id}`
      const s = sources.get(key) ?? { ...source, gmv: 0 }
      s.gmv += item.total
      sources.set(key, s)
    }
  }
  for (const [key, s] of sources) {
    const entity = s.kind === "stream" ? Entity.stream(s.id) : Entity.video(s.id)
    points.push({ entity, metric: Metric.gmv(currency), ts, value: s.gmv }, { entity, metric: Metric.orders(currency), ts, value: 1 })
    for (const owner of owners) {
      points.push({ entity: owner, metric: Metric.sourceOrders, ts, value: s.gmv, dims: { source: key, kind: s.kind, currency } })
    }
  }
  return points.map((p, i) => ({ ...p, id: `${order.id}:${i}` }))
}

export const recordPlacedOrderWorkflowId = "record-placed-order-analytics"

/** Records a placed order's GMV by platform, vendor, product and source. Buffered: never slows checkout. */
export const recordPlacedOrderWorkflow = createWorkflow(recordPlacedOrderWorkflowId, (input: { id: string; vendor_id: string | null }) => {
  const order = loadOrderForAnalyticsStep(input)
  when("order-found", { order }, ({ order }) => !!order).then(() => {
    recordPointsStep(transform({ order }, ({ order }) => orderPoints(order!)))
  })
  return new WorkflowResponse(order)
})
